using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.Benchmarks;
using ZeroWork.Matcher.Index;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench jobs [--workers 1000000] [--jobs 10000] [--queries 3000] [--warmup 500]</c>: the service on a loopback port with
/// synthetic workers and open posts in its indexes, and <c>/api/jobs</c> asked over HTTP one request at a time, timed at the client
/// (the whole pipeline: Kestrel, rate limit, CORS, search, JSON).</summary>
public sealed class BenchJobsCommand : ICliCommand
{
    /// <summary>Trade words as people type them, some the bot's slang, some the catalogue's own names.</summary>
    private static readonly string[] Words = ["小工", "保洁", "搬砖", "电工", "扛大包", "刷墙", "做饭", "看大门"];

    private static readonly string[] Places = ["七里河", "樊城区", "襄城区", "檀溪", "东津镇", "太平店", "枣阳市", "高新区"];

    public string Name => "bench jobs";

    public string Summary => "公开找活接口基准：--workers N（默认100万）--jobs J（默认1万）--queries Q（默认3000）--warmup W，报告 /api/jobs 的 p50/p99";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var workers = BenchService.Option(args, "--workers", 1_000_000);
        var jobs = BenchService.Option(args, "--jobs", 10_000);
        var queries = BenchService.Option(args, "--queries", 3000);
        var warmup = BenchService.Option(args, "--warmup", 500);
        await using var service = await BenchService.StartAsync(demo: false, cancellationToken, "--Public:PermitLimit=1000000");

        var now = ChinaTime.Now(TimeProvider.System);
        var today = DateOnly.FromDateTime(now.DateTime);
        var market = new SyntheticMarket(seed: 11);
        var indexes = service.Services.GetRequiredService<MarketIndexes>();
        var build = Stopwatch.StartNew();
        indexes.Workers.Build(market.Workers(workers, today, WorkerEntries.Minutes(now.UtcDateTime)));
        indexes.Jobs.Build(market.Posts(jobs, today, now.UtcDateTime));
        build.Stop();

        var random = new Random(5);
        var paths = Enumerable.Range(0, warmup + queries).Select(_ => Query(market, random)).ToList();
        var byKind = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        using var http = new HttpClient { BaseAddress = new Uri(service.Url), Timeout = TimeSpan.FromSeconds(10) };
        var samples = new List<double>(queries);
        long returned = 0;
        var errors = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(new Uri(paths[i], UriKind.Relative), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                errors++;
                continue;
            }

            if (i >= warmup)
            {
                samples.Add(elapsed);
                var kind = Kind(paths[i]);
                if (!byKind.TryGetValue(kind, out var list))
                {
                    byKind[kind] = list = [];
                }

                list.Add(elapsed);
                using var doc = JsonDocument.Parse(body);
                returned += doc.RootElement.GetProperty("jobs").GetArrayLength();
            }
        }

        var p50 = Percentiles.Of(samples, 50);
        var p99 = Percentiles.Of(samples, 99);
        var max = samples.Count == 0 ? 0 : samples.Max();
        var mean = returned / (double)Math.Max(1, samples.Count);
        Console.WriteLine(FormattableString.Invariant(
            $"/api/jobs on {service.Url}: {indexes.Workers.Count:N0} workers and {indexes.Jobs.Count:N0} open posts in the indexes (built in {build.Elapsed.TotalSeconds:0.0} s); {samples.Count} requests one at a time after {warmup} warm-up, {Environment.ProcessorCount} cores"));
        Console.WriteLine(FormattableString.Invariant($"p50 {p50:0.00} ms, p99 {p99:0.00} ms, max {max:0.00} ms; {mean:0.0} jobs per answer; {errors} errors"));
        foreach (var (kind, list) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(FormattableString.Invariant($"  {kind,-14} {list.Count,5} requests: p50 {Percentiles.Of(list, 50):0.00} ms, p99 {Percentiles.Of(list, 99):0.00} ms"));
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            bench = "jobs",
            workers = indexes.Workers.Count,
            jobs = indexes.Jobs.Count,
            requests = samples.Count,
            p50Ms = Math.Round(p50, 2),
            p99Ms = Math.Round(p99, 2),
            maxMs = Math.Round(max, 2),
            jobsPerAnswer = Math.Round(mean, 1),
            errors,
        }));
        return errors == 0 ? 0 : 1;
    }

    private static string Kind(string path) =>
        path.Contains("?at=", StringComparison.Ordinal) ? "place"
        : path.Contains("q=", StringComparison.Ordinal) ? "point+words"
        : path.Contains("radius_m=50000", StringComparison.Ordinal) ? "point 50 km"
        : path.Contains("page=2", StringComparison.Ordinal) ? "point 5 km p2"
        : "point 1.5 km";

    /// <summary>Mostly a phone's point at the default radius; some with a trade word, a wider radius, a place by name or a second page.</summary>
    private static string Query(SyntheticMarket market, Random random)
    {
        var at = market.Somewhere();
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/jobs?lng={at.Lng:0.######}&lat={at.Lat:0.######}");
        return random.Next(0, 10) switch
        {
            < 5 => path,
            5 or 6 => path + "&q=" + Uri.EscapeDataString(Words[random.Next(Words.Length)]),
            7 => path + "&radius_m=5000&page=2",
            8 => "/api/jobs?at=" + Uri.EscapeDataString(Places[random.Next(Places.Length)]),
            _ => path + "&radius_m=50000",
        };
    }
}
