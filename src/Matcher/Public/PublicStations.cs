using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher.Public;

/// <summary>The stations people may walk into (operating, or open while rectifying), and the one to call about a post.</summary>
public sealed class PublicStations(MarketDb db, StationDirectory directory)
{
    /// <summary>总站 first, then 分站 and 驿站 by district; nearest first when <paramref name="from"/> is given.</summary>
    public IReadOnlyList<Station> All(GeoPoint? from = null)
    {
        var open = db.Stations.Find(s => s.State == StationState.Operating || s.State == StationState.Rectifying);
        return from is null
            ? [.. open.OrderBy(s => s.Level).ThenBy(s => s.District, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)]
            : [.. open.OrderBy(s => s.Point is { } p ? GeoMath.DistanceMeters(from, p) : double.MaxValue).ThenBy(s => s.Level)];
    }

    public Station? Find(string id) =>
        db.Stations.FindById(id) is { State: StationState.Operating or StationState.Rectifying } station ? station : null;

    /// <summary>The station that collected the post answers for it (第十五条); otherwise the one responsible for its place.</summary>
    public Station For(JobPost job) =>
        (job.Collector.StationId is { } id ? Find(id) : null) ?? directory.Responsible(job.District, job.Point);

    /// <summary>The station's own hotline, else the nearest one up the tiers (a 驿站 often has none of its own).</summary>
    public string? HotlineOf(Station station)
    {
        for (var (at, hops) = (station, 0); at is not null && hops < 4; at = at.ParentId is { } parent ? db.Stations.FindById(parent) : null, hops++)
        {
            if (!string.IsNullOrWhiteSpace(at.Hotline))
            {
                return at.Hotline;
            }
        }

        return null;
    }
}
