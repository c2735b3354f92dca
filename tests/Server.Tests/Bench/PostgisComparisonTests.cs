using ZeroWork.Matcher.Benchmarks;
using ZeroWork.Server.Bench;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Server.Tests.Bench;

[Collection(PostgresCollection.Name)]
public sealed class PostgisComparisonTests(PostgresFixture fixture)
{
    [Fact]
    public async Task PostGIS_on_the_sphere_returns_the_grids_ranked_workers_and_on_the_spheroid_differs_only_by_metres()
    {
        var connection = fixture.Cluster.CreateDatabase();
        var data = MatchBenchmarkData.Generate(workers: 4000, queries: 120, seed: 3);
        var grid = new MatchBenchmark(TextWriter.Null) { Repeats = 1 }.Run(data, 1000, strTree: false);

        var result = await new PostgisComparison(TextWriter.Null, connection, repeats: 1, sample: 120).RunAsync(data, grid, keepTable: false, default);

        Assert.Equal(4000, result.Load.Rows);
        Assert.Equal(120, result.Sphere.Queries);
        // Same filters, same score, same distance: every answer identical, order included.
        Assert.Equal(120, result.Sphere.SameOrder);
        Assert.True(result.Sphere.MaxGapMeters < 0.01, $"sphere gap {result.Sphere.MaxGapMeters} m");
        // The spheroid measures these pairs up to ~0.3 % differently: a few metres at 1.5 km, never more.
        Assert.InRange(result.Spheroid.MaxGapMeters, 0.01, 10);
        Assert.True(result.Spheroid.SameSetRate >= 0.9, result.Spheroid.ToString());
        Assert.True(result.P50Us > 0);
    }
}
