using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Matching;

/// <summary>A search over open jobs: skills and free text, nearest first from <see cref="From"/>.</summary>
public sealed record JobQuery(GeoPoint? From, IReadOnlyList<string> Skills, string? Text, int Limit = 5)
{
    /// <summary>Only jobs within this distance of <see cref="From"/> (or of a place named in the text); null for no limit.</summary>
    public double? RadiusMeters { get; init; }

    /// <summary>Hits to pass over first, for paging.</summary>
    public int Skip { get; init; }

    /// <summary>Only jobs starting on this China-time day (yyyy-MM-dd).</summary>
    public string? WorkDate { get; init; }

    /// <summary>Only jobs paid in this unit (parse contract code: day, hour, month, piece, job).</summary>
    public string? PayUnit { get; init; }
}
