namespace ZeroWork.Market.Events;

/// <summary>Messages were written to the outbox; senders wake up.</summary>
public sealed record OutboxQueued : MarketEvent;
