using ZeroWork.Market.Events;
using ZeroWork.Market.Postgres;
using ZeroWork.Market.Storage;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>The contract suite on PostgreSQL: a fresh database per test, and as many stores (nodes) on it as the test asks for.</summary>
public sealed class PostgresHarness(PostgresFixture fixture) : IStoreHarness
{
    private readonly string connectionString = fixture.Cluster.CreateDatabase();
    private readonly List<PostgresStore> others = [];
    private PostgresStore? store;

    public IMarketStore Db => store ??= PostgresStore.Open(connectionString, Events, TimeProvider.System);

    public MarketEvents Events { get; } = new();

    public IMarketStore Reopen()
    {
        store?.Dispose();
        store = null;
        return Db;
    }

    public IMarketStore OtherNode()
    {
        var other = PostgresStore.Open(connectionString, new MarketEvents(), TimeProvider.System);
        others.Add(other);
        return other;
    }

    public void Dispose()
    {
        store?.Dispose();
        foreach (var other in others)
        {
            other.Dispose();
        }
    }
}
