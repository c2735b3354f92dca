using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;
using ZeroWork.Market.Seeding;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Market;

public static class MarketServiceCollectionExtensions
{
    /// <summary>The store (one LiteDatabase per process), events and time.</summary>
    public static IServiceCollection AddMarket(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarketEvents>();
        services.AddSingleton(sp => MarketDb.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path,
            sp.GetRequiredService<MarketEvents>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StationDirectory>();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService<BackupService>();
        services.AddMetrics();
        services.TryAddSingleton<MarketMetrics>();
        return services;
    }
}
