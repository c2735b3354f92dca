namespace ZeroWork.Market.Messaging;

public enum OutboxState
{
    Pending,

    /// <summary>Held until <see cref="OutboxMessage.NotBefore"/> (quiet hours, rate limits, retry back-off).</summary>
    Deferred,

    /// <summary>Claimed by a sender and handed to the provider; outcome not yet known.</summary>
    Sending,

    Sent,
    Delivered,
    Failed,

    /// <summary>The provider call ended without a known outcome; reconciled, never blindly resent.</summary>
    Unknown,

    /// <summary>No provider is configured: the text was rendered locally only.</summary>
    NotSent,

    /// <summary>A held conversation reply that a newer reply to the same person replaced: dropped, never sent late.</summary>
    Superseded,
}
