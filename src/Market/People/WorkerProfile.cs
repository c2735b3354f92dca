using ZeroWork.Market.Geography;

namespace ZeroWork.Market.People;

public sealed record WorkerProfile
{
    /// <summary>Skill codes from the parse contract.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public GeoPoint? Home { get; init; }

    public string? HomePlace { get; init; }

    /// <summary>Lowest pay the worker accepts, per <see cref="PayUnit"/>.</summary>
    public decimal? PayWanted { get; init; }

    public string? PayUnit { get; init; }

    /// <summary>Days the worker said they are free (China dates, yyyy-MM-dd); empty means any day.</summary>
    public IReadOnlyList<string> FreeDates { get; init; } = [];

    public int? Age { get; init; }

    /// <summary>Jobs taken and jobs turned up for: the reliability the ranking uses.</summary>
    public int JobsTaken { get; init; }

    public int JobsShowedUp { get; init; }

    public DateTime RegisteredAt { get; init; }
}
