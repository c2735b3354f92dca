namespace ZeroWork.Market.Events;

/// <summary>
/// This node may have missed changes committed by other nodes (its link to them was down and is back): whatever a cache
/// holds may be stale in ways no single event names, so caches reload everything. Raised with <c>FromOtherNode = true</c>.
/// </summary>
public sealed record ChangesMissed : MarketEvent;
