using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;

namespace ZeroWork.Market.Postgres;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>The shared server store: the PostgreSQL database of <c>Storage:ConnectionString</c>, migrated at open; backups are the database's own (pg_dump).</summary>
    public static IServiceCollection AddPostgresStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => PostgresStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString ?? throw new StoreOpenException("Storage:ConnectionString 未设置"),
            sp.GetRequiredService<MarketEvents>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IMarketStore>(sp => sp.GetRequiredService<PostgresStore>());
        services.AddSingleton<IStoreMaintenance>(sp => sp.GetRequiredService<PostgresStore>());
        return services;
    }
}
