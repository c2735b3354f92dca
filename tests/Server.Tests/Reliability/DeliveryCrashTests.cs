using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>Delivery on the real program against a loopback Tencent: every acknowledged SMS is answered after a SIGKILL or a provider outage, and the doubt is one message wide.</summary>
public sealed class DeliveryCrashTests(ITestOutputHelper output)
{
    private const string CallbackKey = "delivery-crash-key-0123456789";
    private const string Text = "我会小工 住樊城区 明天有空";
    private const int SendConcurrency = 8;

    [Fact]
    public async Task After_a_SIGKILL_mid_burst_every_acknowledged_sender_is_answered_and_only_calls_in_flight_can_repeat()
    {
        var folder = Directory.CreateTempSubdirectory("zw-delivery-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        await using var tencent = await LoopbackTencentSms.StartAsync();
        var settings = tencent.Settings(CallbackKey);
        var acknowledged = new ConcurrentBag<string>();

        using (var service = await ServiceProcess.StartAsync(db, settings))
        {
            using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            using var burst = new CancellationTokenSource();
            var next = -1;
            var senders = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < 400 && !burst.IsCancellationRequested; i = Interlocked.Increment(ref next))
                {
                    var mobile = Mobile(i);
                    try
                    {
                        if (await SendAsync(client, mobile, Text))
                        {
                            acknowledged.Add(mobile);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 200 && senders.Any(s => !s.IsCompleted))
            {
                await Task.Delay(5);
            }

            service.Kill();
            await burst.CancelAsync();
            await Task.WhenAll(senders);
        }

        var answeredAtKill = tencent.Accepted.Select(a => a.Phone).Distinct().Count();
        HashSet<string> inFlightAtKill;
        int pendingAtKill;
        using (var store = MarketDb.Open(db, new MarketEvents(), TimeProvider.System))
        {
            var sms = store.Outbox.FindAll().Where(m => m.Channel == OutboxChannel.Sms).ToList();
            inFlightAtKill = [.. sms.Where(m => m.State == OutboxState.Sending).Select(m => "outbox:" + m.Id.ToString(CultureInfo.InvariantCulture))];
            pendingAtKill = sms.Count(m => m.State == OutboxState.Pending);
        }

        Assert.InRange(inFlightAtKill.Count, 0, SendConcurrency);

        using (await ServiceProcess.StartAsync(db, settings))
        {
            var deadline = Stopwatch.StartNew();
            while (Unanswered(tencent, acknowledged).Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(200);
            }

            // Give a resend that should not happen the time to happen.
            await Task.Delay(TimeSpan.FromSeconds(6));
        }

        var unanswered = Unanswered(tencent, acknowledged);
        var twice = tencent.Accepted.GroupBy(a => a.SessionContext).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        output.WriteLine($"acknowledged {acknowledged.Count} of 400; answered at the kill {answeredAtKill}; Sending at the kill {inFlightAtKill.Count}; Pending at the kill {pendingAtKill}; unanswered after restart {unanswered.Count}; sent twice {twice.Count}");
        Assert.Empty(unanswered);
        Assert.InRange(twice.Count, 0, SendConcurrency);
        Assert.All(twice, context => Assert.Contains(context, inFlightAtKill));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Through_500s_garbled_answers_hangs_slow_answers_and_dropped_connections_hooks_answer_and_every_sender_gets_one_reply()
    {
        var folder = Directory.CreateTempSubdirectory("zw-delivery-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        SmsFault[] cycle = [SmsFault.ServerError, SmsFault.Malformed, SmsFault.Hang, SmsFault.Slow, SmsFault.Drop];
        var injected = new ConcurrentDictionary<SmsFault, int>();
        var n = 0;

        // The first ten calls fail, each way in turn, within the provider's first seven seconds; then it is well again. Resends
        // come only after the in-doubt window (8 s here), so they meet the recovered provider.
        await using var tencent = await LoopbackTencentSms.StartAsync(since =>
        {
            var fault = since < TimeSpan.FromSeconds(7) && Interlocked.Increment(ref n) is var i && i <= 10 ? cycle[(i - 1) % cycle.Length] : SmsFault.None;
            injected.AddOrUpdate(fault, 1, (_, c) => c + 1);
            return fault;
        });
        var mobiles = Enumerable.Range(0, 60).Select(Mobile).ToList();
        var latencies = new ConcurrentBag<TimeSpan>();
        var answeredWhileHeld = 0;

        using (var service = await ServiceProcess.StartAsync(db, [.. tencent.Settings(CallbackKey), "--Bot:Outbound:InDoubtWindow=00:00:08"]))
        {
            using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < mobiles.Count; i = Interlocked.Increment(ref next))
                {
                    var clock = Stopwatch.StartNew();
                    Assert.True(await SendAsync(client, mobiles[i], Text), "the hook did not acknowledge");
                    latencies.Add(clock.Elapsed);
                    if (tencent.Holding > 0)
                    {
                        Interlocked.Increment(ref answeredWhileHeld);
                    }

                    await Task.Delay(40);
                }
            })));

            var deadline = Stopwatch.StartNew();
            while (Unanswered(tencent, mobiles).Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(200);
            }

            await Task.Delay(TimeSpan.FromSeconds(6));
        }

        var twice = tencent.Accepted.GroupBy(a => a.SessionContext).Count(g => g.Count() > 1);
        output.WriteLine($"faults {string.Join(", ", injected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}; SendSms calls {tencent.SendSmsCalls}, accepted {tencent.Accepted.Count}; hooks answered while provider calls were held open: {answeredWhileHeld}; hook latency max {latencies.Max().TotalMilliseconds:0} ms, p50 {latencies.Order().ElementAt(latencies.Count / 2).TotalMilliseconds:0} ms; unanswered {Unanswered(tencent, mobiles).Count}; sent twice {twice}");
        // How many faults land depends on how the burst interleaves on a loaded machine; what matters is that every kind was met.
        Assert.All(cycle, fault => Assert.True(injected.GetValueOrDefault(fault) > 0, $"{fault} was never injected"));
        Assert.True(answeredWhileHeld > 0, "no hook was answered while the provider held a call open");
        Assert.Empty(Unanswered(tencent, mobiles));
        Assert.Equal(0, twice);
        using (var store = MarketDb.Open(db, new MarketEvents(), TimeProvider.System))
        {
            Assert.Equal(0, store.Outbox.Count(m => m.State == OutboxState.Unknown || m.State == OutboxState.Failed));
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string Mobile(int i) => "139" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture);

    private static List<string> Unanswered(LoopbackTencentSms tencent, IEnumerable<string> mobiles)
    {
        var answered = tencent.Accepted.Select(a => a.Phone).ToHashSet();
        return [.. mobiles.Where(m => !answered.Contains("+86" + m))];
    }

    private static async Task<bool> SendAsync(HttpClient client, string mobile, string text)
    {
        var time = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var json = $$"""{"mobile":"{{mobile}}","nationcode":"86","text":"{{text}}","sign":"襄阳零工","time":{{time}}}""";
        using var response = await client.PostAsync($"/hooks/sms/{CallbackKey}/reply", new StringContent(json, Encoding.UTF8, "application/json"));
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"result\":0", StringComparison.Ordinal);
    }
}
