using System.Text.Json;
using ZeroWork.Market.Storage;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench load [--seconds 60] [--concurrency 32] [--people 5000] [--warmup 20] [--url URL [--url URL2 …]] [--sms-stub]</c>: a realistic mix of WeChat (plain and safe mode) and SMS callback traffic. Without <c>--url</c> it starts the service on a loopback port with a temporary store; with it, it drives running services (several <c>--url</c>: round-robin per request, as a load balancer without stickiness would) configured with <see cref="BenchService"/>'s token, appid, key and callback key. <c>--sms-stub</c> gives the in-process service SMS credentials and a loopback provider (<see cref="SmsProviderStub"/>), so SMS replies are really sent.</summary>
public sealed class BenchLoadCommand : ICliCommand
{
    public string Name => "bench load";

    public string Summary => "负载测试：微信（明文/安全模式）与短信回调混合流量，持续 --seconds 秒（默认 60），报告吞吐、p50/p99 与错误数；--sms-stub 让短信真实发往本机模拟服务商";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = BenchService.Option(args, "--seconds", 60);
        var concurrency = BenchService.Option(args, "--concurrency", 32);
        var people = BenchService.Option(args, "--people", 5000);
        var warmup = BenchService.Option(args, "--warmup", 20);
        var urls = args.Select((a, i) => a == "--url" && i + 1 < args.Length ? args[i + 1] : null).OfType<string>().ToList();
        if (urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out _)))
        {
            await Console.Error.WriteLineAsync("zerowork bench load: --url 需要完整地址，例如 --url http://127.0.0.1:5098");
            return 64;
        }

        await using var stub = urls.Count == 0 && args.Contains("--sms-stub") ? await SmsProviderStub.StartAsync(cancellationToken) : null;
        await using var service = urls.Count == 0 ? await BenchService.StartAsync(demo: true, cancellationToken, stub?.Settings ?? []) : null;
        if (service is not null)
        {
            urls.Add(service.Url);
        }

        var nodes = urls.Select(u => new HttpClient { BaseAddress = new Uri(u), Timeout = TimeSpan.FromSeconds(10) }).ToList();
        using var disposeNodes = new NodeClients(nodes);
        var wechat = new HookLoad(nodes[0], BenchService.Token, new WeChatCrypto(WeChatAesKey.Parse(BenchService.AesKey), BenchService.AppId));
        var mix = new LoadMix(nodes, wechat, BenchService.CallbackKey, people);
        var db = service?.Services.GetRequiredService<IMarketStore>();
        var inboundBefore = db?.Inbound.Count() ?? 0;

        // A service runs for days: the minute measured is the steady state, after the JIT has recompiled the hot paths with
        // their profiles (on 2 busy cores that takes ~20 s of traffic, and the first seconds run at half speed).
        var warm = await mix.RunAsync(TimeSpan.FromSeconds(warmup), concurrency, cancellationToken);
        var cpu = Environment.CpuUsage.TotalTime;
        var report = await mix.RunAsync(TimeSpan.FromSeconds(seconds), concurrency, cancellationToken);
        var cpuPerMessage = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / Math.Max(1, report.All.Count);
        var acknowledged = warm.All.Count - warm.All.Errors + report.All.Count - report.All.Errors;
        var audit = db is null ? null : await StoreAudit.TakeAsync(db, inboundBefore, acknowledged, cancellationToken);

        Console.WriteLine($"Load on {string.Join(" + ", urls)}: {seconds} s, concurrency {concurrency}, {people} people, {Environment.ProcessorCount} cores");
        Console.WriteLine(report.All);
        Console.WriteLine(FormattableString.Invariant($"CPU of this process per message: {cpuPerMessage:0.000} ms ({(service is null ? "load generator only" : "service and load generator")})"));
        foreach (var kind in report.ByKind.Values.OrderBy(k => k.Mode, StringComparer.Ordinal))
        {
            Console.WriteLine(kind);
        }

        if (audit is not null)
        {
            Console.WriteLine(audit);
        }

        if (stub is not null)
        {
            Console.WriteLine(FormattableString.Invariant($"SMS provider stub accepted {stub.Accepted} SendSms calls"));
        }

        Console.WriteLine(JsonSerializer.Serialize(new { bench = "load", report, cpuMsPerMessage = Math.Round(cpuPerMessage, 3), audit }));
        return report.All.Errors == 0 && (audit is null || audit.Stored == audit.Acknowledged) ? 0 : 1;
    }
}
