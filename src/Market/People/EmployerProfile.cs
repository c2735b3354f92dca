namespace ZeroWork.Market.People;

public sealed record EmployerProfile
{
    /// <summary>The unit (company) or the person's own name, as the measures ask (第七条).</summary>
    public string? UnitName { get; init; }

    public string? ContactName { get; init; }

    public string? ContactPhone { get; init; }

    public DateTime RegisteredAt { get; init; }

    /// <summary>Takers who answered "没结" to the pay check: staff-only, never shown to workers or the employer.</summary>
    public int UnpaidReports { get; init; }
}
