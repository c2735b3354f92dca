namespace ZeroWork.Market.People;

/// <summary>Anyone the market knows: a worker, an employer, or both. Reached by phone (SMS) and/or WeChat openid.</summary>
public sealed record Person
{
    public int Id { get; init; }

    public string? Name { get; init; }

    /// <summary>11-digit mainland mobile or landline with area code, digits only.</summary>
    public string? Phone { get; init; }

    public string? OpenId { get; init; }

    /// <summary>The channel the person last spoke on; replies and pushes prefer it.</summary>
    public Channel PreferredChannel { get; init; }

    public WorkerProfile? Worker { get; init; }

    public EmployerProfile? Employer { get; init; }

    /// <summary>Set when the person asked for no more pushes (T / 退订 / unsubscribe).</summary>
    public bool OptedOut { get; init; }

    public DateTime? ConsentAt { get; init; }

    /// <summary>Last message from this person on WeChat: opens the 48-hour customer-service window.</summary>
    public DateTime? LastWeChatAt { get; init; }

    public DateTime? LastActiveAt { get; init; }

    /// <summary>Station that registered the person at a counter, or whose area the person lives in.</summary>
    public string? StationId { get; init; }

    public string? District { get; init; }

    public DateTime CreatedAt { get; init; }

    public bool IsWorker => Worker is not null;

    public bool IsEmployer => Employer is not null;
}
