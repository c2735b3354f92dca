using LiteDB;

namespace ZeroWork.Market.Messaging;

/// <summary>One provider call for an outbox message: committed as <see cref="OutboxState.Sending"/> before the call, then given its outcome. The row keeps every attempt, so staff can see a resend and why it happened.</summary>
public sealed record OutboxAttempt
{
    /// <summary>Unique per call, so a late answer or a receipt is tied to the call it belongs to.</summary>
    public string Id { get; init; } = "";

    public DateTime At { get; init; }

    /// <summary>Sending while the call is in flight (or was, when a crash cut it off), then what the provider said.</summary>
    public OutboxState Outcome { get; init; } = OutboxState.Sending;

    public string? ProviderId { get; init; }

    public string? Error { get; init; }

    /// <summary>True when the provider may have delivered it: the call was answered Sent, or its fate is unknown.</summary>
    [BsonIgnore]
    public bool MayHaveGoneOut => Outcome is OutboxState.Sending or OutboxState.Sent or OutboxState.Delivered or OutboxState.Unknown;
}
