using ZeroWork.Server.Hosting;

namespace ZeroWork.Server.Bench;

/// <summary>The whole service started in-process on a loopback port and a temporary store, configured with the bench's WeChat and SMS settings, for the hook and load benches.</summary>
public sealed class BenchService : IAsyncDisposable
{
    public const string Token = "benchtoken";
    public const string AppId = "wx0123456789abcdef";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public const string CallbackKey = "bench-callback-key-0123456789";

    private readonly string folder;
    private readonly WebApplication app;

    private BenchService(string folder, WebApplication app)
    {
        this.folder = folder;
        this.app = app;
    }

    public string Url => app.Urls.First();

    public IServiceProvider Services => app.Services;

    /// <param name="settings">More <c>--Key=value</c> settings, e.g. a bench's own limits.</param>
    public static async Task<BenchService> StartAsync(bool demo, CancellationToken cancellationToken, params IReadOnlyList<string> settings)
    {
        var folder = Directory.CreateTempSubdirectory("zerowork-bench-").FullName;
        var app = ZeroWorkApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Storage:Path={Path.Combine(folder, "bench.db")}",
            "--Storage:BackupFolder=",
            $"--Seed:Demo={demo}",
            $"--Bot:WeChat:Token={Token}",
            $"--Bot:WeChat:AppId={AppId}",
            $"--Bot:WeChat:EncodingAESKey={AesKey}",
            $"--Bot:Sms:CallbackKey={CallbackKey}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        await app.StartAsync(cancellationToken);
        return new BenchService(folder, app);
    }

    /// <summary>An integer option ("--count 3000"), or the fallback when absent or not a positive number.</summary>
    public static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
