using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Hosting;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench load [--seconds 60] [--concurrency 16] [--people 5000] [--url URL]</c>: a realistic mix of WeChat (plain and safe mode) and SMS callback traffic. Without <c>--url</c> it starts the service on a loopback port with a temporary store; with it, it drives a running service configured with the bench's token, appid, key and callback key.</summary>
public sealed class BenchLoadCommand : ICliCommand
{
    public const string Token = "loadtoken";
    public const string AppId = "wx0123456789abcdef";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string CallbackKey = "load-callback-key-0123456789";

    public string Name => "bench load";

    public string Summary => "负载测试：微信（明文/安全模式）与短信回调混合流量，持续 --seconds 秒（默认 60），报告吞吐、p50/p99 与错误数";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = Option(args, "--seconds", 60);
        var concurrency = Option(args, "--concurrency", 16);
        var people = Option(args, "--people", 5000);
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
        var folder = Directory.CreateTempSubdirectory("zerowork-load-").FullName;
        WebApplication? app = null;
        try
        {
            if (url is null)
            {
                app = ZeroWorkApp.Build(
                [
                    "--urls=http://127.0.0.1:0",
                    $"--Storage:Path={Path.Combine(folder, "load.db")}",
                    "--Storage:BackupFolder=",
                    $"--Bot:WeChat:Token={Token}",
                    $"--Bot:WeChat:AppId={AppId}",
                    $"--Bot:WeChat:EncodingAESKey={AesKey}",
                    $"--Bot:Sms:CallbackKey={CallbackKey}",
                    "--Logging:LogLevel:Default=Warning",
                ]);
                await app.StartAsync(cancellationToken);
                url = app.Urls.First();
            }

            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            var wechat = new HookLoad(http, Token, new WeChatCrypto(WeChatAesKey.Parse(AesKey), AppId));
            var mix = new LoadMix(http, wechat, CallbackKey, people);
            await mix.RunAsync(TimeSpan.FromSeconds(Math.Min(5, seconds)), concurrency, cancellationToken);
            var report = await mix.RunAsync(TimeSpan.FromSeconds(seconds), concurrency, cancellationToken);

            Console.WriteLine($"Load on {url}: {seconds} s, concurrency {concurrency}, {people} people, {Environment.ProcessorCount} cores");
            Console.WriteLine(report.All);
            foreach (var kind in report.ByKind.Values.OrderBy(k => k.Mode, StringComparer.Ordinal))
            {
                Console.WriteLine(kind);
            }

            Console.WriteLine(JsonSerializer.Serialize(new { bench = "load", report }));
            return report.All.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }
}
