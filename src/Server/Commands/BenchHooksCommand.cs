using System.Globalization;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Hosting;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench hooks [--count N] [--concurrency C] [--safe-first]</c>: the whole service in-process on a loopback port and a temporary store, N signed plain and N safe-mode text messages through <c>/hooks/wechat</c>; the last line is JSON.</summary>
public sealed class BenchHooksCommand : ICliCommand
{
    private const string Token = "benchtoken";
    private const string AppId = "wx0123456789abcdef";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    public string Name => "bench hooks";

    public string Summary => "微信钩子压测：明文和安全模式文本消息各 N 条（--count，默认 1000；--concurrency，默认 4），报告每秒消息数与 p50/p99";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = Option(args, "--count", 1000);
        var concurrency = Option(args, "--concurrency", 4);
        if (count < 1 || concurrency < 1)
        {
            await Console.Error.WriteLineAsync("zerowork: --count 和 --concurrency 必须是正整数");
            return 64;
        }

        var folder = Directory.CreateTempSubdirectory("zerowork-bench-").FullName;
        try
        {
            await using var app = ZeroWorkApp.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--Storage:Path={Path.Combine(folder, "bench.db")}",
                "--Storage:BackupFolder=",
                "--Seed:Demo=false",
                $"--Bot:WeChat:Token={Token}",
                $"--Bot:WeChat:AppId={AppId}",
                $"--Bot:WeChat:EncodingAESKey={AesKey}",
                "--Logging:LogLevel:Default=Warning",
            ]);
            await app.StartAsync(cancellationToken);
            var url = app.Urls.First();
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var load = new HookLoad(http, Token, new WeChatCrypto(WeChatAesKey.Parse(AesKey), AppId));

            // Warm-up: JIT, the store's first pages, connection pool.
            await load.RunAsync(safe: false, Math.Min(count, 200), concurrency, cancellationToken);
            await load.RunAsync(safe: true, Math.Min(count, 200), concurrency, cancellationToken);

            // --safe-first swaps the order, to show the store's growth does not favour the first mode.
            var safeFirst = args.Contains("--safe-first");
            var first = await load.RunAsync(safe: safeFirst, count, concurrency, cancellationToken);
            var second = await load.RunAsync(safe: !safeFirst, count, concurrency, cancellationToken);
            var (plain, safe) = safeFirst ? (second, first) : (first, second);
            await app.StopAsync(cancellationToken);

            Console.WriteLine($"WeChat hooks on {url}, {count} messages per mode, concurrency {concurrency}, {Environment.ProcessorCount} cores");
            Console.WriteLine(plain);
            Console.WriteLine(safe);
            Console.WriteLine(JsonSerializer.Serialize(new { bench = "hooks", count, concurrency, plain, safe }));
            return plain.Errors + safe.Errors == 0 ? 0 : 1;
        }
        finally
        {
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
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
