using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>The result of one send: Sent, Failed (permanent), Unknown (outcome not known: reconcile, never resend blindly), Deferred (try again at <see cref="RetryAt"/>), NotSent (no provider configured).</summary>
public sealed record SendOutcome(OutboxState State, string? ProviderId = null, string? Error = null, DateTime? RetryAt = null)
{
    /// <summary>The text as actually sent (e.g. after template variables were cleaned), when it differs from the queued one.</summary>
    public string? Text { get; init; }

    /// <summary>Billed segments as the provider counted them, when known.</summary>
    public int? Segments { get; init; }

    public decimal? Cost { get; init; }
}
