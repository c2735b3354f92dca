using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Benchmarks;

/// <summary>The synthetic workers and post queries of one match bench run, so another structure (PostGIS) can be measured on exactly the same ones.</summary>
public sealed record MatchBenchmarkData(List<WorkerEntry> Workers, List<WorkerQuery> Queries)
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static MatchBenchmarkData Generate(int workers, int queries, int seed = 7)
    {
        var now = WorkerEntries.Minutes(new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc));
        var market = new SyntheticMarket(seed);
        var entries = market.Workers(workers, Today, now);
        var posts = Enumerable.Range(0, queries).Select(_ => market.Query(1500, 3, Today, now)).ToList();
        return new MatchBenchmarkData(entries, posts);
    }
}
