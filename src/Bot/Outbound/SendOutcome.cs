using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>The result of one send: Sent, Failed (permanent), Unknown (outcome not known: reconcile, never resend blindly), Deferred (try again at <see cref="RetryAt"/>), NotSent (no provider configured).</summary>
public sealed record SendOutcome(OutboxState State, string? ProviderId = null, string? Error = null, DateTime? RetryAt = null);
