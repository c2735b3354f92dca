using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;

namespace ZeroWork.Market.LiteDb;

public static class LiteDbServiceCollectionExtensions
{
    /// <summary>The embedded store: one LiteDB file (<c>Storage:Path</c>) held by this process alone, with scheduled backups.</summary>
    public static IServiceCollection AddLiteDbStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => LiteDbStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path,
            sp.GetRequiredService<MarketEvents>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IMarketStore>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddSingleton<IStoreMaintenance>(sp => sp.GetRequiredService<LiteDbStore>());
        services.AddHostedService<BackupService>();
        return services;
    }
}
