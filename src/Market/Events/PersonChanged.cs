namespace ZeroWork.Market.Events;

/// <summary>A person registered, moved, changed skills or opted out; <see cref="NewWorker"/> is true on first registration as a worker.</summary>
public sealed record PersonChanged(int PersonId, bool NewWorker) : MarketEvent;
