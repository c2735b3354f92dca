namespace ZeroWork.Market.Events;

/// <summary>Something that changed in the market, published after the unit of work that changed it commits.</summary>
public abstract record MarketEvent
{
    /// <summary>
    /// True when the change was committed by another node sharing the same database and relayed here. Caches (the
    /// Matcher's indexes, the station directory) follow every event; work that must happen once per change (planning a
    /// post's pushes, waking a dispatcher for a message that node queued) is done only for events raised on this node.
    /// </summary>
    public bool FromOtherNode { get; init; }
}
