using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Stations;

public sealed record Station
{
    /// <summary>Stable code, e.g. <c>hub</c>, <c>sub-fancheng</c>, <c>tw-taipingdian</c>.</summary>
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public StationLevel Level { get; init; }

    public string? ParentId { get; init; }

    public string District { get; init; } = "";

    /// <summary>The township or street the station serves (for 驿站).</summary>
    public string? Township { get; init; }

    public string? Address { get; init; }

    public GeoPoint? Point { get; init; }

    public double? AreaSquareMeters { get; init; }

    public bool HasFixedPremises { get; init; }

    public IReadOnlyList<string> Staff { get; init; } = [];

    public IReadOnlyList<string> Services { get; init; } = [];

    public string? OpeningHours { get; init; }

    public string? Hotline { get; init; }

    public string? ServiceRules { get; init; }

    public string? Plaque { get; init; }

    public StationState State { get; init; }

    public DateTime? RectifyBy { get; init; }

    public IReadOnlyList<StationEvent> History { get; init; } = [];

    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>申报单位: the body that applied to run the station (乡镇人社服务中心, 人力资源服务机构, 社区…).</summary>
    public string? Applicant { get; init; }

    /// <summary>The station's person in charge (负责人).</summary>
    public string? Manager { get; init; }

    public string? ManagerPhone { get; init; }
}
