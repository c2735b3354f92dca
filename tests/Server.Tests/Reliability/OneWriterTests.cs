using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>One process writes a store file: a second <c>serve</c> is refused, and <c>stats</c> reads beside the running service without touching its files.</summary>
public sealed class OneWriterTests
{
    [Fact]
    public async Task A_second_serve_on_the_same_file_is_refused_with_one_line_and_exit_2_while_the_first_keeps_answering()
    {
        var folder = Directory.CreateTempSubdirectory("zw-onewriter-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        using var first = await ServiceProcess.StartAsync(db, HookClient.Settings);
        using var hooks = new HookClient(first.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await hooks.WeChatAsync(1, "o-one", "搜 小工")).StatusCode);

        var (exit, output, error) = await ServiceProcess.RunAsync("serve", "--urls", "http://127.0.0.1:0", $"--Storage:Path={db}", "--Seed:Demo=false", "--Logging:LogLevel:Default=Warning");

        Assert.Equal(2, exit);
        Assert.Equal("", output.Trim());
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("正被另一个 ZeroWork 进程使用", error);
        Assert.Equal(HttpStatusCode.OK, (await hooks.WeChatAsync(2, "o-one", "搜 小工")).StatusCode);
        first.Kill();
        using var store = MarketDb.Open(db, new Market.Events.MarketEvents(), TimeProvider.System);
        Assert.Equal(2, store.Inbound.Count());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Stats_while_serve_runs_leaves_its_log_in_place_and_a_SIGKILL_after_it_loses_nothing_acknowledged()
    {
        var folder = Directory.CreateTempSubdirectory("zw-onewriter-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        var log = Path.Combine(folder, "zerowork-log.db");
        var acknowledged = new ConcurrentBag<long>();
        var service = await ServiceProcess.StartAsync(db, HookClient.Settings);
        using var hooks = new HookClient(service.BaseAddress);
        using var burst = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !burst.IsCancellationRequested; i++)
            {
                var msgId = (worker * 1_000_000L) + i + 1;
                try
                {
                    using var response = await hooks.WeChatAsync(msgId, $"o-stats-{worker}", "搜 小工");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(msgId);
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();

        var counted = new List<long>();
        for (var round = 0; round < 2; round++)
        {
            while (acknowledged.Count < 40 * (round + 1))
            {
                await Task.Delay(10);
            }

            var (exit, output, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={db}");
            Assert.True(exit == 0, error);
            counted.Add(JsonDocument.Parse(output).RootElement.GetProperty("inbound").GetInt64());
            Assert.True(File.Exists(log), "stats deleted the running service's log");
        }

        service.Kill();
        await burst.CancelAsync();
        await Task.WhenAll(senders);
        service.Dispose();

        using var store = MarketDb.Open(db, new Market.Events.MarketEvents(), TimeProvider.System);
        var stored = store.Inbound.FindAll().Select(m => m.DedupeKey).ToHashSet();
        var lost = acknowledged.Where(id => !stored.Contains($"wx:{id}")).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged messages lost");
        Assert.True(counted[0] >= 40 && counted[1] >= counted[0], string.Join(",", counted));
        Directory.Delete(folder, recursive: true);
    }
}
