namespace ZeroWork.Market.Events;

/// <summary>Something that changed in the market that another part reacts to (e.g. the Matcher to a published job). Dispatched after the change commits.</summary>
public abstract record MarketEvent;
