using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Jobs;

public sealed record JobPost
{
    public int Id { get; init; }

    public int EmployerId { get; init; }

    /// <summary>Unit or name shown to workers.</summary>
    public string? EmployerName { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public int Headcount { get; init; } = 1;

    public decimal? PayMin { get; init; }

    public decimal? PayMax { get; init; }

    /// <summary>day, hour, month, piece or job (parse contract codes).</summary>
    public string? PayUnit { get; init; }

    /// <summary>The China-time calendar day the work starts (yyyy-MM-dd).</summary>
    public string? WorkDate { get; init; }

    /// <summary>China-time start (HH:mm), when given.</summary>
    public string? StartTime { get; init; }

    public string? PlaceText { get; init; }

    public string? District { get; init; }

    public GeoPoint? Point { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public string? Description { get; init; }

    /// <summary>What the employer said about meals (管饭, 包吃, 包吃住), shown to workers who ask.</summary>
    public string? Meals { get; init; }

    /// <summary>夜班 / 白班 when the employer said so.</summary>
    public string? Shift { get; init; }

    /// <summary>When pay is settled (当天结账, 日结, 完工结), as the employer said it.</summary>
    public string? PayDay { get; init; }

    /// <summary>The employer's age limit (18-55岁, 60岁以下, 年龄不限) as said; the reader's age is the sender's own, not this.</summary>
    public string? AgeLimit { get; init; }

    public JobStatus Status { get; init; }

    public Collector Collector { get; init; } = new();

    /// <summary>Reasons the post was held for review (fees asked of workers, odd pay, block list, repeats).</summary>
    public IReadOnlyList<string> RiskFlags { get; init; } = [];

    public string? ReviewNote { get; init; }

    public string? ReviewedBy { get; init; }

    /// <summary>Person ids of the workers whose acceptance won a place, in order.</summary>
    public IReadOnlyList<int> TakerIds { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? PublishedAt { get; init; }

    public DateTime? ClosedAt { get; init; }

    public bool IsOpen => Status == JobStatus.Published && TakerIds.Count < Headcount;
}
