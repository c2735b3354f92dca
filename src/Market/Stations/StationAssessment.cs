namespace ZeroWork.Market.Stations;

/// <summary>第十六条: one station's assessment for one year — the county's scores on management, service level, results and attitude (0-25 each), the station's self-report, and whether the result is published in the county.</summary>
public sealed record StationAssessment
{
    /// <summary>"{StationId}:{Year}".</summary>
    public string Id { get; init; } = "";

    public string StationId { get; init; } = "";

    public int Year { get; init; }

    public int? Management { get; init; }

    public int? ServiceLevel { get; init; }

    public int? Results { get; init; }

    public int? Attitude { get; init; }

    public string? Comment { get; init; }

    public string? ScoredBy { get; init; }

    public DateTime? ScoredAt { get; init; }

    public string? SelfReport { get; init; }

    public string? SelfReportBy { get; init; }

    public DateTime? SelfReportAt { get; init; }

    public bool Published { get; init; }

    public string? PublishedBy { get; init; }

    public DateTime? PublishedAt { get; init; }

    public int? Total => Management + ServiceLevel + Results + Attitude;

    public static string KeyOf(string stationId, int year) => $"{stationId}:{year}";
}
