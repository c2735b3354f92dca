namespace ZeroWork.Market.Conversations;

/// <summary>The answer to an inbound message; a retry of a message already handled gets the same <see cref="Reply"/> with <see cref="Duplicate"/> set.</summary>
public sealed record InboundResult(string? Reply, bool Duplicate);
