using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZeroWork.Market.Events;
using ZeroWork.Market.Seeding;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Market;

public static class MarketServiceCollectionExtensions
{
    /// <summary>Events, time, the station directory and seeding; the store itself comes from a provider (AddLiteDbStore or AddPostgresStore).</summary>
    public static IServiceCollection AddMarket(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarketEvents>();
        services.AddSingleton<StationDirectory>();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddHostedService<StoreInitializer>();
        services.AddMetrics();
        services.TryAddSingleton<MarketMetrics>();
        return services;
    }
}
