using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>The contract suite on LiteDB, through the shared test store.</summary>
public sealed class LiteDbHarness : IStoreHarness
{
    private readonly TestStore store = new();

    public IMarketStore Db => store.Db;

    public MarketEvents Events => store.Events;

    public IMarketStore Reopen() => store.Reopen();

    public IMarketStore OtherNode() => store.Db;

    public void Dispose() => store.Dispose();
}
