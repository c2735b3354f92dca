using ZeroWork.Tests.Common.Storage;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.Stations;

public sealed class StationDirectoryTests
{
    private static readonly GeoPoint NearTownship = new(112.1010, 32.1010);

    [Fact]
    public void The_nearest_operating_station_of_the_district_answers()
    {
        using var h = new Harness();

        Assert.Equal("town", h.Directory.Responsible("樊城区", NearTownship).Id);
        Assert.Equal("sub", h.Directory.Responsible("樊城区", null).Id);
        Assert.Equal("hub", h.Directory.Responsible("无此区", null).Id);
    }

    [Fact]
    public void A_change_announced_with_StationsChanged_is_seen_at_once()
    {
        using var h = new Harness();
        Assert.Equal("town", h.Directory.Responsible("樊城区", NearTownship).Id);

        h.Store.Db.InTransaction(() =>
        {
            h.Store.Db.Stations.Update(h.Store.Db.Stations.Find("town")! with { State = StationState.Revoked });
            h.Store.Db.Raise(new StationsChanged());
        });

        Assert.Equal("sub", h.Directory.Responsible("樊城区", NearTownship).Id);
    }

    [Fact]
    public void A_change_nobody_announced_is_seen_once_the_snapshot_is_too_old()
    {
        using var h = new Harness();
        Assert.Equal("town", h.Directory.Responsible("樊城区", NearTownship).Id);
        h.Store.Db.InTransaction(() => h.Store.Db.Stations.Update(h.Store.Db.Stations.Find("town")! with { State = StationState.Revoked }));

        Assert.Equal("town", h.Directory.Responsible("樊城区", NearTownship).Id);
        h.Time.Advance(StationDirectory.MaxAge + TimeSpan.FromSeconds(1));

        Assert.Equal("sub", h.Directory.Responsible("樊城区", NearTownship).Id);
    }

    [Fact]
    public void What_a_rolled_back_transaction_read_is_not_kept()
    {
        using var h = new Harness();
        var opened = new Station { Id = "new", Name = "新驿站", Level = StationLevel.Township, District = "樊城区", Point = NearTownship, State = StationState.Operating };

        Assert.Throws<InvalidOperationException>(() => h.Store.Db.InTransaction(() =>
        {
            h.Store.Db.Stations.Insert(opened);
            Assert.Equal("new", h.Directory.Responsible("樊城区", NearTownship).Id);
            throw new InvalidOperationException("refused");
        }));

        Assert.Equal("town", h.Directory.Responsible("樊城区", NearTownship).Id);
    }

    private sealed class Harness : IDisposable
    {
        public Harness()
        {
            Store = new TestStore(Time);
            Store.Db.InTransaction(() => Store.Db.Stations.InsertMany(
            [
                new Station { Id = "hub", Name = "总站", Level = StationLevel.CityHub, District = "襄城区", Point = new GeoPoint(112.15, 32.01), State = StationState.Operating },
                new Station { Id = "sub", Name = "分站", Level = StationLevel.SubStation, District = "樊城区", Point = new GeoPoint(112.20, 32.05), State = StationState.Operating },
                new Station { Id = "town", Name = "驿站", Level = StationLevel.Township, District = "樊城区", Point = new GeoPoint(112.10, 32.10), State = StationState.Operating },
                new Station { Id = "applied", Name = "申报中", Level = StationLevel.Township, District = "樊城区", Point = NearTownship, State = StationState.Applied },
            ]));
            Directory = new StationDirectory(Store.Db, Store.Lite, Store.Events, Time);
        }

        public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));

        public TestStore Store { get; }

        public StationDirectory Directory { get; }

        public void Dispose()
        {
            Directory.Dispose();
            Store.Dispose();
        }
    }
}
