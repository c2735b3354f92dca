namespace ZeroWork.Market.Stations;

/// <summary>One step in a station's history: who did what, when, and why.</summary>
public sealed record StationEvent
{
    public DateTime At { get; init; }

    public string Actor { get; init; } = "";

    public string Action { get; init; } = "";

    public string? Note { get; init; }
}
