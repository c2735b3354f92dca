using System.Diagnostics;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Market.Auditing;
using ZeroWork.Market.Storage;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary>
/// <c>zerowork bench backup [--mb 1024] [--concurrency 4]</c>: grows a temporary store to about <c>--mb</c> MB, then keeps WeChat
/// hooks answering while a backup is taken, and reports the hooks' latency before and during the backup, with how long the
/// backup held writers. The question it answers: are writers (and so hooks, which store each message before replying) held
/// while a large file is copied?
/// </summary>
public sealed class BenchBackupCommand : ICliCommand
{
    /// <summary>Each filler entry is about 4 KB, so the store reaches its size in a few hundred thousand documents.</summary>
    private static readonly string Filler = string.Concat(Enumerable.Repeat("襄阳零工市场备份压测填充内容", 96));

    public string Name => "bench backup";

    public string Summary => "备份时的写入停顿：把临时库填到约 --mb MB（默认 1024），持续发微信消息的同时做一次备份，报告备份前后钩子延迟和写入被挡时间";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var megabytes = BenchService.Option(args, "--mb", 1024);
        var concurrency = BenchService.Option(args, "--concurrency", 4);
        await using var service = await BenchService.StartAsync(demo: false, cancellationToken);
        var store = service.Services.GetRequiredService<IMarketStore>();
        var maintenance = service.Services.GetRequiredService<IStoreMaintenance>();
        var path = maintenance.Describe;

        var filling = Stopwatch.StartNew();
        for (var batch = 0; new FileInfo(path).Length < megabytes * 1024L * 1024L; batch++)
        {
            await store.InTransactionAsync(() =>
            {
                for (var i = 0; i < 500; i++)
                {
                    store.Audit.Insert(new AuditEntry { At = store.UtcNow, Actor = "bench", Action = "filler", Subject = $"bench:{batch}", Detail = Filler });
                }

                return true;
            });
        }

        var size = new FileInfo(path).Length;
        Console.WriteLine(FormattableString.Invariant($"store {path}: {size / 1048576.0:0} MB after {filling.Elapsed.TotalSeconds:0} s of filling"));

        using var http = new HttpClient { BaseAddress = new Uri(service.Url), Timeout = TimeSpan.FromSeconds(60) };
        var load = new HookLoad(http, BenchService.Token, new WeChatCrypto(WeChatAesKey.Parse(BenchService.AesKey), BenchService.AppId));
        await load.RunAsync(safe: false, 400, concurrency, cancellationToken);
        var before = await load.RunAsync(safe: false, 2000, concurrency, cancellationToken);

        var destination = Path.Combine(Path.GetDirectoryName(path)!, "backup", "bench-backup.db");
        var copying = Stopwatch.StartNew();
        var backup = Task.Run(() => maintenance.Backup(destination), cancellationToken);
        var during = new List<HookRunResult>();
        while (!backup.IsCompleted)
        {
            during.Add(await load.RunAsync(safe: false, 200, concurrency, cancellationToken));
        }

        var held = await backup;
        var took = copying.Elapsed;
        var after = await load.RunAsync(safe: false, 2000, concurrency, cancellationToken);
        var worst = during.Count == 0 ? null : during.MaxBy(r => r.MaxMs);
        var duringCount = during.Sum(r => r.Count);
        var duringErrors = during.Sum(r => r.Errors);
        var duringP99 = during.Count == 0 ? 0 : during.Max(r => r.P99Ms);
        var slowOver1s = during.Count(r => r.MaxMs > 1000);

        Console.WriteLine($"before  {before}");
        Console.WriteLine(FormattableString.Invariant($"during  {duringCount} messages in {took.TotalSeconds:0.0} s of backup, worst round p99 {duringP99:0.00} ms, max {worst?.MaxMs ?? 0:0.00} ms, errors {duringErrors}, rounds with a reply over 1 s: {slowOver1s}"));
        Console.WriteLine($"after   {after}");
        Console.WriteLine(FormattableString.Invariant($"backup  {new FileInfo(destination).Length / 1048576.0:0} MB in {took.TotalSeconds:0.0} s; writers held {held.TotalMilliseconds:0} ms"));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            bench = "backup",
            storeMb = Math.Round(size / 1048576.0),
            concurrency,
            backupSeconds = Math.Round(took.TotalSeconds, 1),
            writersHeldMs = Math.Round(held.TotalMilliseconds),
            before,
            during = new { count = duringCount, errors = duringErrors, worstRoundP99Ms = duringP99, maxMs = worst?.MaxMs ?? 0 },
            after,
        }));
        return before.Errors + duringErrors + after.Errors == 0 ? 0 : 1;
    }
}
