using ZeroWork.Tests.Common.Storage;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Seeding;
using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Tests.Seeding;

public sealed class StationSeedTests
{
    [Fact]
    public void Every_district_has_its_sub_station_under_the_city_hub()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: false);

        var stations = store.Db.Stations.All().ToList();
        var hub = Assert.Single(stations, s => s.Level == StationLevel.CityHub);
        foreach (var code in Districts.Names.Keys)
        {
            var sub = Assert.Single(stations, s => s.Level == StationLevel.SubStation && s.District == code);
            Assert.Equal(hub.Id, sub.ParentId);
        }
    }

    [Fact]
    public void At_least_thirty_township_stations_each_under_its_districts_sub_station()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: false);

        var townships = store.Db.Stations.All().Where(s => s.Level == StationLevel.Township).ToList();
        Assert.True(townships.Count >= 30, $"only {townships.Count} township stations");
        Assert.All(townships, t => Assert.Equal($"sub-{t.District}", t.ParentId));
        Assert.Equal(townships.Count, townships.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void Every_station_sits_inside_Xiangyang()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: false);

        Assert.All(store.Db.Stations.All(), s =>
        {
            Assert.NotNull(s.Point);
            Assert.True(GeoMath.IsInXiangyang(s.Point), $"{s.Name} at {s.Point} is outside Xiangyang");
        });
    }

    [Fact]
    public void Seeding_twice_adds_nothing_and_demo_can_be_turned_off()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: false);
        var count = store.Db.Stations.Count();
        StoreInitializer.Seed(store.Db, demo: false);

        Assert.Equal(count, store.Db.Stations.Count());
        Assert.Equal(0, store.Db.People.Count());
    }

    [Fact]
    public void Demo_market_has_workers_published_posts_and_open_consultations()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: true);

        Assert.True(store.Db.People.CountWorkers() >= 10);
        Assert.True(store.Db.Jobs.WithStatus(Jobs.JobStatus.Published).Count() >= 5);
        Assert.True(store.Db.Consultations.Count() >= 2);
        Assert.All(store.Db.People.Workers(), p => Assert.True(GeoMath.IsInXiangyang(p.Worker!.Home!)));
    }
}
