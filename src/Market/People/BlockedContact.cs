namespace ZeroWork.Market.People;

/// <summary>A phone or openid whose posts always wait for review.</summary>
public sealed record BlockedContact
{
    public int Id { get; init; }

    public string Address { get; init; } = "";

    public string Reason { get; init; } = "";

    public string AddedBy { get; init; } = "";

    public DateTime AddedAt { get; init; }
}
