using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Seeding;

/// <summary>On first start, loads the station network (always) and the demo market (unless turned off). Runs before any other hosted service.</summary>
public sealed class StoreInitializer(IMarketStore db, IOptions<SeedOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Seed(db, options.Value.Demo);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void Seed(IMarketStore db, bool demo)
    {
        db.InTransaction(() =>
        {
            if (db.Stations.Count() == 0)
            {
                db.Stations.InsertMany(StationSeed.Build(Gazetteer.Xiangyang, db.UtcNow));
                db.Raise(new StationsChanged());
            }

            if (demo && db.People.Count() == 0 && db.Jobs.Count() == 0)
            {
                DemoSeed.Add(db);
            }
        });
    }
}
