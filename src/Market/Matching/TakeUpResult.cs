using ZeroWork.Market.Jobs;

namespace ZeroWork.Market.Matching;

/// <summary>What a take-up did, and the reply for the person who sent it (the other side is told through the outbox).</summary>
public sealed record TakeUpResult(TakeUpOutcome Outcome, JobPost? Job, string Reply);
