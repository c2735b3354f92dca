namespace ZeroWork.Market.Events;

/// <summary>A post was created, published, filled, closed, expired or edited; <see cref="Published"/> is true when this change published it.</summary>
public sealed record JobChanged(int JobId, bool Published) : MarketEvent;
