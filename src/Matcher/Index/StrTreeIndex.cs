using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Index;

/// <summary>NTS's STRtree over the same arrays, kept only to measure it against the grid (static: it takes no inserts once queried).</summary>
public sealed class StrTreeIndex
{
    private readonly WorkerCell all;
    private readonly STRtree<int> tree = new();

    public StrTreeIndex(IReadOnlyList<WorkerEntry> entries)
    {
        all = new WorkerCell(entries.Count);
        foreach (var e in entries)
        {
            var pos = all.Add(e);
            tree.Insert(new Envelope(e.Lng, e.Lng, e.Lat, e.Lat), pos);
        }

        tree.Build();
    }

    public Candidate[] Find(WorkerQuery q)
    {
        var r = (q.RadiusMeters * 1.001) + 1.0;
        var dLat = r / GridGeometry.MetresPerDegreeLat;
        var dLng = r / (GridGeometry.MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(Math.Min(89, Math.Abs(q.Lat) + dLat))));
        var hits = tree.Query(new Envelope(q.Lng - dLng, q.Lng + dLng, q.Lat - dLat, q.Lat + dLat));
        var top = new TopCandidates(q.Limit);
        all.ScanPositions(q, hits, top);
        return top.ToArray(q);
    }
}
