using ZeroWork.Market.People;

namespace ZeroWork.Market.Consultations;

public sealed record Consultation
{
    public int Id { get; init; }

    public ConsultationKind Kind { get; init; }

    public int PersonId { get; init; }

    /// <summary>The channel the person asked on; the reply goes back the same way.</summary>
    public Channel Channel { get; init; }

    public string StationId { get; init; } = "";

    public ConsultationState State { get; init; }

    public string? AssignedTo { get; init; }

    public IReadOnlyList<ThreadMessage> Thread { get; init; } = [];

    public IReadOnlyList<string> Skills { get; init; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime? FirstResponseAt { get; init; }

    public DateTime? ClosedAt { get; init; }
}
