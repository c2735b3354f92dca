using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Matching;

/// <summary>What a take-up did, and the reply for the person who sent it (the other side is told through the outbox).</summary>
public sealed record TakeUpResult(TakeUpOutcome Outcome, JobPost? Job, string Reply)
{
    /// <summary>The catalogue template the reply is an instance of, so an SMS reply goes out through it (with its fixed link prefix) rather than as free text.</summary>
    public MessageTemplate? ReplyTemplate { get; init; }

    public IReadOnlyList<string> ReplyVariables { get; init; } = [];

    public string? ReplyLinkPrefix { get; init; }
}
