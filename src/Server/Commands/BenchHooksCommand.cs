using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench hooks [--count N] [--concurrency C] [--safe-first]</c>: the whole service in-process on a loopback port and a temporary store, N signed plain and N safe-mode text messages through <c>/hooks/wechat</c>; the last line is JSON.</summary>
public sealed class BenchHooksCommand : ICliCommand
{
    public string Name => "bench hooks";

    public string Summary => "微信钩子压测：明文和安全模式文本消息各 N 条（--count，默认 1000；--concurrency，默认 4），报告每秒消息数与 p50/p99";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = BenchService.Option(args, "--count", 1000);
        var concurrency = BenchService.Option(args, "--concurrency", 4);
        await using var service = await BenchService.StartAsync(demo: false, cancellationToken);
        var url = service.Url;
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var load = new HookLoad(http, BenchService.Token, new WeChatCrypto(WeChatAesKey.Parse(BenchService.AesKey), BenchService.AppId));

        // Warm-up: JIT, the store's first pages, connection pool.
        await load.RunAsync(safe: false, Math.Min(count, 200), concurrency, cancellationToken);
        await load.RunAsync(safe: true, Math.Min(count, 200), concurrency, cancellationToken);

        // --safe-first swaps the order, to show the store's growth does not favour the first mode.
        var safeFirst = args.Contains("--safe-first");
        var first = await load.RunAsync(safe: safeFirst, count, concurrency, cancellationToken);
        var second = await load.RunAsync(safe: !safeFirst, count, concurrency, cancellationToken);
        var (plain, safe) = safeFirst ? (second, first) : (first, second);

        Console.WriteLine($"WeChat hooks on {url}, {count} messages per mode, concurrency {concurrency}, {Environment.ProcessorCount} cores");
        Console.WriteLine(plain);
        Console.WriteLine(safe);
        Console.WriteLine(JsonSerializer.Serialize(new { bench = "hooks", count, concurrency, plain, safe }));
        return plain.Errors + safe.Errors == 0 ? 0 : 1;
    }
}
