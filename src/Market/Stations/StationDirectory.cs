using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Stations;

/// <summary>Which station answers for a person or a post: the nearest operating station in the same district, else the district's sub-station, else (no district, no point) the city hub.
/// The operating network is held in memory because registrations, posts and consultations ask on every message and the network changes a few times a year;
/// it reloads on <see cref="StationsChanged"/>, after any rolled-back store transaction (a snapshot read inside it may hold changes that never committed)
/// and, in case a writer forgot to raise the event, after <see cref="MaxAge"/>.</summary>
public sealed class StationDirectory : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private static readonly Station Fallback = new() { Id = "hub", Name = "襄阳市零工市场总站", Level = StationLevel.CityHub, Hotline = "0710-12333" };

    private readonly IMarketStore db;
    private readonly IStoreMaintenance maintenance;
    private readonly TimeProvider time;
    private readonly IDisposable subscription;
    private Snapshot? current;

    public StationDirectory(IMarketStore db, IStoreMaintenance maintenance, MarketEvents events, TimeProvider time)
    {
        this.db = db;
        this.maintenance = maintenance;
        this.time = time;
        subscription = events.Subscribe(e =>
        {
            if (e is StationsChanged or ChangesMissed)
            {
                Volatile.Write(ref current, null);
            }
        });
    }

    public Station Responsible(string? district, GeoPoint? point)
    {
        var operating = Operating();
        var inDistrict = district is null ? operating : operating.Where(s => s.District == district).ToList();
        if (point is not null)
        {
            var nearest = (inDistrict.Count > 0 ? inDistrict : operating)
                .Where(s => s.Point is not null)
                .MinBy(s => GeoMath.DistanceMeters(point, s.Point!));
            if (nearest is not null)
            {
                return nearest;
            }
        }

        // Without a known district no sub-station is "first": the city hub answers and can pass it on.
        var sub = district is null ? null : inDistrict.FirstOrDefault(s => s.Level == StationLevel.SubStation);
        return sub ?? Hub(operating);
    }

    /// <summary>The city 总站: where anything whose place is unknown goes.</summary>
    public Station Hub() => Hub(Operating());

    /// <summary>A station by id when it still operates (a post's collecting station for a complaint about it), else null.</summary>
    public Station? Find(string? id) => id is null ? null : Operating().FirstOrDefault(s => s.Id == id);

    public void Dispose() => subscription.Dispose();

    private static Station Hub(IReadOnlyList<Station> operating) => operating.FirstOrDefault(s => s.Level == StationLevel.CityHub) ?? Fallback;

    private IReadOnlyList<Station> Operating()
    {
        var now = time.GetUtcNow();
        var snapshot = Volatile.Read(ref current);
        var rollbacks = maintenance.Rollbacks;
        if (snapshot is null || snapshot.Rollbacks != rollbacks || now - snapshot.LoadedAt > MaxAge)
        {
            snapshot = new Snapshot(now, rollbacks, db.Stations.Serving());
            Volatile.Write(ref current, snapshot);
        }

        return snapshot.Stations;
    }

    private sealed record Snapshot(DateTimeOffset LoadedAt, long Rollbacks, IReadOnlyList<Station> Stations);
}
