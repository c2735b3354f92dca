namespace ZeroWork.Market.Events;

/// <summary>A station was added or changed state; caches of the station network reload.</summary>
public sealed record StationsChanged : MarketEvent;
