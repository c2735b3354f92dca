namespace ZeroWork.Bot.Understanding;

/// <summary>One message's structured reading, exactly the fields of <c>specs/parse-contract.md</c> (plus the resolved point).</summary>
public sealed record Reading
{
    public string Intent { get; init; } = Intents.Other;

    public IReadOnlyList<string> Skills { get; init; } = [];

    public int? Headcount { get; init; }

    public decimal? PayMin { get; init; }

    public decimal? PayMax { get; init; }

    public string? PayUnit { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    /// <summary>HH:mm.</summary>
    public string? Time { get; init; }

    public string? District { get; init; }

    public string? Place { get; init; }

    public string? Phone { get; init; }

    public string? Name { get; init; }

    public int? Age { get; init; }

    /// <summary>GCJ-02 longitude of the resolved place.</summary>
    public double? Lng { get; init; }

    public double? Lat { get; init; }

    /// <summary>Every place the named place may mean when the message does not settle it (城关 alone); see <see cref="PlaceChoice"/>.</summary>
    public IReadOnlyList<Market.Geography.Place> PlaceOptions { get; init; } = [];

    /// <summary>The point stands in for the place (a village at its township's seat): match with the township radius.</summary>
    public bool PlaceApproximate { get; init; }
}
