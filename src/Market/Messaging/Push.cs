namespace ZeroWork.Market.Messaging;

/// <summary>One job offered to one worker, ever (<see cref="Key"/> is unique).</summary>
public sealed record Push
{
    public long Id { get; init; }

    /// <summary>"{JobId}:{WorkerId}".</summary>
    public string Key { get; init; } = "";

    public int JobId { get; init; }

    public int WorkerId { get; init; }

    public OutboxChannel Channel { get; init; }

    public PushState State { get; init; }

    public double DistanceMeters { get; init; }

    public int Wave { get; init; } = 1;

    public DateTime CreatedAt { get; init; }

    public DateTime? AnsweredAt { get; init; }

    public long? OutboxId { get; init; }

    /// <summary>When the taker was asked "工钱结了吗" (the day after the work).</summary>
    public DateTime? PaidAskedAt { get; init; }

    /// <summary>The taker's answer: true paid, false not paid, null not answered.</summary>
    public bool? Paid { get; init; }

    public static string KeyOf(int jobId, int workerId) => $"{jobId}:{workerId}";
}
