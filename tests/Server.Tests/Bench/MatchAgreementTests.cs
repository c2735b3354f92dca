using ZeroWork.Market.Geography;
using ZeroWork.Market.Postgres.Bench;
using ZeroWork.Matcher.Index;
using ZeroWork.Server.Bench;

namespace ZeroWork.Server.Tests.Bench;

public sealed class MatchAgreementTests
{
    private const double Lat = 32.04;
    private const double Lng = 112.14;
    private static readonly double MetresPerDegreeLng = GridGeometry.MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(Lat));

    // Worker id → metres east of the query point.
    private static readonly Dictionary<int, double> East = new() { [1] = 100, [2] = 300, [3] = 700, [4] = 1499, [5] = 900 };

    [Fact]
    public void Same_ids_in_the_same_order_agree_fully_and_a_reordering_keeps_the_set()
    {
        var report = Compare(
            [[1, 2, 3], [1, 2, 3]],
            [Pg([1, 2, 3], 0.5), Pg([2, 1, 3], 0.5)]);

        Assert.Equal(2, report.Queries);
        Assert.Equal(1, report.SameOrder);
        Assert.Equal(2, report.SameSet);
        Assert.Equal(0, report.DifferingWorkers);
        Assert.Equal(0.5, report.MaxGapMeters, 3);
    }

    [Fact]
    public void A_worker_at_the_radius_counts_as_an_edge_difference_and_one_inside_does_not()
    {
        // Query 1: PostGIS leaves out worker 4 (1,499 m, within the 2 m gap of 1,500). Query 2: it returns 5 (900 m) instead of 3: a ranking cut, not the edge.
        var report = Compare(
            [[1, 2, 4], [1, 3]],
            [Pg([1, 2], 2), Pg([1, 5], 2)]);

        Assert.Equal(0, report.SameSet);
        Assert.Equal(3, report.DifferingWorkers);
        Assert.Equal(1, report.DifferingAtEdge);
        Assert.Equal(2, report.MaxGapMeters, 3);
        Assert.Equal(0, report.SameSetRate);
    }

    private static AgreementReport Compare(int[][] grid, PostgisAnswer[] postgis)
    {
        var query = new WorkerQuery(Lat, Lng, 1500, 1, 0, -1, 200, 1, 0, 3);
        return MatchAgreement.Compare(
            [.. grid.Select(_ => query)],
            [.. grid.Select(ids => ids.Select(id => new Candidate(id, Distance(id), true, 1f, Lat, Lng + (East[id] / MetresPerDegreeLng))).ToArray())],
            postgis,
            id => new WorkerEntry(id, Lat, Lng + (East[id] / MetresPerDegreeLng), 1, float.NaN, 0, null, 0.5f, 0));
    }

    /// <summary>PostGIS's answer, measuring every worker <paramref name="gap"/> metres farther than the sphere does.</summary>
    private static PostgisAnswer Pg(int[] ids, double gap) => new(ids, [.. ids.Select(id => Distance(id) + gap)]);

    private static double Distance(int id) => GeoMath.DistanceMeters(Lat, Lng, Lat, Lng + (East[id] / MetresPerDegreeLng));
}
