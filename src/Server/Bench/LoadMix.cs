using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ZeroWork.Server.Bench;

/// <summary>Many people at once, as the market sees them: smartphone users on WeChat (plain and safe mode) and feature-phone users by SMS callback, posting, registering, searching, answering pushes and asking for help.</summary>
/// <param name="nodes">One client per service node; requests go round-robin, as a load balancer without stickiness sends them, so one person's messages reach every node.</param>
public sealed class LoadMix(IReadOnlyList<HttpClient> nodes, HookLoad wechat, string smsCallbackKey, int people)
{
    internal static readonly string[] Employers =
    [
        "明天7点檀溪路要2个小工一天180",
        "后天上午要1个搬运工，150元，电话13907101234",
        "周六樊城要3个保洁 一天160 电话13907105678",
        "明早8点七里河要个电工 250一天",
    ];

    internal static readonly string[] Workers =
    [
        "明天有空 会瓦工 住七里河 一天两百",
        "我会泥瓦工，住在樊城区，一天200",
        "会开叉车 住高新区 找活",
        "搜 电工",
        "附近有什么活",
        "1",
        "2",
        "老板欠我三天工钱不给",
        "灵活就业社保怎么交",
        "人工",
    ];

    private long sequence;

    public async Task<LoadReport> RunAsync(TimeSpan duration, int concurrency, CancellationToken cancellationToken)
    {
        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentDictionary<string, int>();
        var wall = Stopwatch.StartNew();
        var until = wall.Elapsed + duration;
        // Without an explicit degree of parallelism ForEachAsync runs only as many lanes as there are cores.
        var lanes = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), lanes, async (lane, ct) =>
        {
            var random = new Random(lane);
            while (wall.Elapsed < until && !ct.IsCancellationRequested)
            {
                var n = (int)Interlocked.Increment(ref sequence);
                var roll = random.Next(100);
                var kind = roll < 35 ? "wechat-plain" : roll < 55 ? "wechat-safe" : "sms";
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    var http = nodes[n % nodes.Count];
                    ok = kind == "sms" ? await Sms(http, n, random, ct) : await WeChat(http, kind == "wechat-safe", n, random, ct);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                samples.GetOrAdd(kind, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    errors.AddOrUpdate(kind, 1, (_, e) => e + 1);
                }
            }
        });
        wall.Stop();
        var byKind = samples.ToDictionary(s => s.Key, s => HookRunResult.From(s.Key, [.. s.Value], errors.GetValueOrDefault(s.Key), wall.Elapsed));
        var all = HookRunResult.From("all", [.. samples.Values.SelectMany(s => s)], errors.Values.Sum(), wall.Elapsed);
        return new LoadReport(all, byKind, wall.Elapsed.TotalSeconds, concurrency, people);
    }

    private async Task<bool> WeChat(HttpClient http, bool safe, int n, Random random, CancellationToken ct)
    {
        var person = random.Next(people);
        var text = person % 4 == 0 ? Employers[random.Next(Employers.Length)] : Workers[random.Next(Workers.Length)];
        var (path, body) = wechat.Prepare(safe, n, text, FormattableString.Invariant($"o_load_{person:D6}"));
        using var response = await http.PostAsync(path, new ByteArrayContent(body), ct);
        return wechat.Answered(response, await response.Content.ReadAsStringAsync(ct), safe);
    }

    private async Task<bool> Sms(HttpClient http, int n, Random random, CancellationToken ct)
    {
        var mobile = FormattableString.Invariant($"1390{random.Next(people):D7}");
        var text = Workers[random.Next(Workers.Length)];
        var time = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + n;
        var json = $$"""{"mobile":"{{mobile}}","nationcode":"86","text":"{{text}}","time":{{time.ToString(CultureInfo.InvariantCulture)}}}""";
        using var response = await http.PostAsync($"/hooks/sms/{smsCallbackKey}/reply", new StringContent(json, Encoding.UTF8, "application/json"), ct);
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(ct)).Contains("\"result\":0", StringComparison.Ordinal);
    }
}
