using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests;

/// <summary>A fresh host per test on its own temporary store, with a fake clock (China time 2026-11-26 09:00 unless set).</summary>
public sealed class ZeroWorkFactory : WebApplicationFactory<Program>
{
    public const string WeChatToken = "testtoken";
    public const string SmsCallbackKey = "test-callback-key-0123456789";

    private readonly string folder = Directory.CreateTempSubdirectory("zw-host-").FullName;
    private readonly Dictionary<string, string?> settings = new(StringComparer.OrdinalIgnoreCase);

    public ZeroWorkFactory(bool demo = false)
    {
        settings["Storage:Path"] = Path.Combine(folder, "zerowork.db");
        settings["Storage:BackupFolder"] = Path.Combine(folder, "backups");
        settings["Seed:Demo"] = demo ? "true" : "false";
        settings["Admin:BootstrapPassword"] = "Test-Passw0rd!";
        settings["Bot:WeChat:Token"] = WeChatToken;
        settings["Bot:Sms:CallbackKey"] = SmsCallbackKey;
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));

    public string DatabasePath => settings["Storage:Path"]!;

    public IMarketStore Db => Services.GetRequiredService<IMarketStore>();

    public ZeroWorkFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
