namespace ZeroWork.Market.Auditing;

/// <summary>Who did what to which record, and when; every reveal of a full phone number lands here.</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public string Actor { get; init; } = "";

    public string Action { get; init; } = "";

    public string Subject { get; init; } = "";

    public string? Detail { get; init; }
}
