using System.Globalization;
using ZeroWork.Market.Postgres.Bench;
using ZeroWork.Matcher.Benchmarks;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Server.Bench;

/// <summary>The <c>--postgis</c> half of <c>bench match</c>: the run's very workers and queries through PostGIS, timed next to the grid, and the two answers compared.</summary>
public sealed class PostgisComparison(TextWriter output, string connectionString, int repeats, int sample)
{
    private static readonly ScoreWeights Weights = new(
        Ranking.DistanceWeight, Ranking.ExactSkillWeight, Ranking.CloseSkillWeight, Ranking.ReliabilityWeight, Ranking.RecencyWeight, Ranking.RecencyHalfMinutes);

    public async Task<PostgisComparisonResult> RunAsync(MatchBenchmarkData data, MatchBenchmarkRun grid, bool keepTable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(grid);
        await using var bench = new PostgisMatchBench(connectionString, Weights);
        try
        {
            var load = await bench.LoadAsync(data.Workers.Select(Row), cancellationToken);
            Line($"PostGIS load: {load.Rows:N0} rows by binary COPY in {load.CopyMs:0} ms, GiST index + CLUSTER + ANALYZE {load.IndexMs:0} ms; table {load.TableBytes / (double)load.Rows:0.0} bytes/row, indexes {load.IndexBytes / (double)load.Rows:0.0} bytes/row");

            var queries = data.Queries.Select(Query).ToList();
            var timed = await bench.TimeAsync(queries, repeats, spheroid: true, cancellationToken);
            var p50 = Percentiles.Of(timed.Microseconds, 50);
            var p99 = Percentiles.Of(timed.Microseconds, 99);
            var max = timed.Microseconds.Count == 0 ? 0 : timed.Microseconds.Max();
            var g = grid.Result;
            Line($"PostGIS ST_DWithin (spheroid) + filters + ranking, client round trip, fastest of {repeats}: p50 {p50:0.0} us, p99 {p99:0.0} us, max {max:0.0} us over {queries.Count} queries");
            Line($"grid, same run:                                                  p50 {g.P50Us:0.0} us, p99 {g.P99Us:0.0} us, max {g.MaxUs:0.0} us; PostGIS/grid at p50 {p50 / Math.Max(0.001, g.P50Us):0}x, at p99 {p99 / Math.Max(0.001, g.P99Us):0}x");

            var n = Math.Min(sample, queries.Count);
            var gridAnswers = data.Queries.Take(n).Select(grid.Grid.Find).ToList();
            WorkerEntry Worker(int id) => data.Workers[id - 1];
            var spheroid = MatchAgreement.Compare(data.Queries, gridAnswers, timed.Answers.Take(n).ToList(), Worker);
            Line($"agreement, geography on the spheroid (PostGIS default): {spheroid}");
            var sphereRun = await bench.TimeAsync(queries.Take(n).ToList(), 1, spheroid: false, cancellationToken);
            var sphere = MatchAgreement.Compare(data.Queries, gridAnswers, sphereRun.Answers, Worker);
            Line($"agreement, geography on its sphere (use_spheroid => false): {sphere}");
            return new PostgisComparisonResult(load, Math.Round(p50, 1), Math.Round(p99, 1), Math.Round(max, 1), spheroid, sphere);
        }
        finally
        {
            if (!keepTable)
            {
                await bench.DropAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Ids in the generated list run 1..N in order, which <see cref="RunAsync"/>'s lookup relies on.</summary>
    private static BenchWorker Row(WorkerEntry e) => new(
        e.Id, e.Lat, e.Lng, unchecked((long)e.Skills), float.IsNaN(e.PayWanted) ? null : e.PayWanted, e.PayUnit, e.FreeDays, e.Reliability, e.LastActiveMinutes);

    private static BenchQuery Query(WorkerQuery q) => new(
        q.Lat, q.Lng, q.RadiusMeters, unchecked((long)q.ExactSkills), unchecked((long)q.CloseSkills), q.WorkDay, q.PayOffer, q.PayUnit, q.NowMinutes, q.Limit);

    private void Line(FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
