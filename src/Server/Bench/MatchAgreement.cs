using ZeroWork.Market.Geography;
using ZeroWork.Market.Postgres.Bench;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Server.Bench;

/// <summary>Compares the grid's ranked answers with PostGIS's for the same queries: how many agree in order, how many in membership, and whether the
/// workers that differ sit at the radius's edge (where a sphere and a spheroid measure the same pair a few metres apart) or at the top-N cut.</summary>
public static class MatchAgreement
{
    public static AgreementReport Compare(
        IReadOnlyList<WorkerQuery> queries,
        IReadOnlyList<Candidate[]> grid,
        IReadOnlyList<PostgisAnswer> postgis,
        Func<int, WorkerEntry> worker)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(postgis);
        ArgumentNullException.ThrowIfNull(worker);
        var count = Math.Min(queries.Count, Math.Min(grid.Count, postgis.Count));

        // How far the two distance measures drift apart on workers both returned bounds how near the edge a worker must be for them to disagree on it.
        double maxGap = 0, sumGap = 0;
        long common = 0;
        for (var i = 0; i < count; i++)
        {
            var sphere = grid[i].ToDictionary(c => c.WorkerId, c => c.DistanceMeters);
            for (var k = 0; k < postgis[i].Ids.Length; k++)
            {
                if (sphere.TryGetValue(postgis[i].Ids[k], out var d))
                {
                    var gap = Math.Abs(d - postgis[i].DistancesMeters[k]);
                    maxGap = Math.Max(maxGap, gap);
                    sumGap += gap;
                    common++;
                }
            }
        }

        int sameOrder = 0, sameSet = 0, differing = 0, atEdge = 0;
        for (var i = 0; i < count; i++)
        {
            var gridIds = grid[i].Select(c => c.WorkerId).ToArray();
            var pgIds = postgis[i].Ids;
            if (gridIds.SequenceEqual(pgIds))
            {
                sameOrder++;
                sameSet++;
                continue;
            }

            var only = gridIds.Except(pgIds).Concat(pgIds.Except(gridIds)).ToArray();
            if (only.Length == 0)
            {
                sameSet++;
                continue;
            }

            var q = queries[i];
            foreach (var id in only)
            {
                var w = worker(id);
                differing++;
                if (Math.Abs(GeoMath.DistanceMeters(q.Lat, q.Lng, w.Lat, w.Lng) - q.RadiusMeters) <= maxGap + 0.01)
                {
                    atEdge++;
                }
            }
        }

        return new AgreementReport(count, sameOrder, sameSet, differing, atEdge, Math.Round(maxGap, 3), common == 0 ? 0 : Math.Round(sumGap / common, 3));
    }
}
