using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>The whole service on a temporary store, no demo data, with WeChat settings injected; <paramref name="services"/> may replace a service for one test.</summary>
internal sealed class WeChatHost(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null, string? storeFolder = null) : WebApplicationFactory<Program>
{
    public const string Token = "spamtest";
    public const string AppId = "wx2c2769f8efd9abc2";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private readonly string folder = storeFolder ?? Directory.CreateTempSubdirectory("zerowork-wechat-").FullName;

    public static Dictionary<string, string?> SafeMode(string token = Token) => new()
    {
        ["Bot:WeChat:Token"] = token,
        ["Bot:WeChat:AppId"] = AppId,
        ["Bot:WeChat:EncodingAESKey"] = AesKey,
    };

    public MarketDb Db => Services.GetRequiredService<MarketDb>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", Path.Combine(folder, "zerowork.db"));
        builder.UseSetting("Storage:BackupFolder", Path.Combine(folder, "backups"));
        builder.UseSetting("Seed:Demo", "false");

        // The protocol tests replay recorded vectors with fixed timestamps; the window has its own tests, which set it.
        builder.UseSetting("Bot:WeChat:TimestampWindowSeconds", "0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && storeFolder is null)
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
}
