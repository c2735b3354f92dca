using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>What the contract suite needs of a provider: a store on fresh data, a restart, and a second node on the same data.</summary>
public interface IStoreHarness : IDisposable
{
    IMarketStore Db { get; }

    /// <summary>The events the store publishes on (the first node's).</summary>
    MarketEvents Events { get; }

    /// <summary>Closes the store and opens the same data again, as a restart would; <see cref="Db"/> is the new store afterwards.</summary>
    IMarketStore Reopen();

    /// <summary>Another node on the same data. LiteDB serves one process, so its second node is the same store used from another thread.</summary>
    IMarketStore OtherNode();
}
