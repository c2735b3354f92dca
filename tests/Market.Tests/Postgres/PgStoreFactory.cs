using ZeroWork.Market.Events;
using ZeroWork.Market.Postgres;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

/// <summary>Stores on the test cluster: each test a fresh database, and as many stores (nodes) on it as it needs.</summary>
internal static class PgStoreFactory
{
    public static PostgresStore Open(string connectionString, MarketEvents? events = null) =>
        PostgresStore.Open(connectionString, events ?? new MarketEvents(), TimeProvider.System);

    public static PostgresStore Fresh(PostgresFixture fixture) => Open(fixture.Cluster.CreateDatabase());
}
