using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Tests.Infrastructure;

/// <summary>The whole server (src/Server) on a fresh store in a temp folder, with a fake clock and a known bootstrap password.</summary>
public sealed class AdminApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Bootstrap-Pass-2026";
    public const string StaffPassword = "Staff-Pass-2026";

    private readonly Dictionary<string, string?> settings;

    public AdminApp(IDictionary<string, string?>? extra = null)
    {
        Folder = Directory.CreateTempSubdirectory("zw-admin-").FullName;
        settings = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(Folder, "test.db"),
            ["Admin:BootstrapPassword"] = AdminPassword,
            ["Admin:UploadPath"] = Path.Combine(Folder, "uploads"),
            ["Seed:Demo"] = "false",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }
    }

    public string Folder { get; }

    /// <summary>Tuesday 10 March 2026, 10:00 in China.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    public MarketDb Db => Services.GetRequiredService<MarketDb>();

    public StaffAccount AddStaff(string userName, StaffRole role, string? district = null, string? station = null, string password = StaffPassword)
    {
        var hasher = Services.GetRequiredService<IPasswordHasher<StaffAccount>>();
        var account = new StaffAccount { UserName = userName, DisplayName = userName, Role = role, District = district, StationId = station, CreatedAt = Db.UtcNow };
        account = account with { PasswordHash = hasher.HashPassword(account, password) };
        var id = Db.Staff.Insert(account);
        return account with { Id = id.AsInt32 };
    }

    public async Task<AdminClient> SignInAsync(string userName = "admin", string password = AdminPassword)
    {
        var client = NewClient();
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Serves the app on a real loopback port (Kestrel), for a real browser; returns the base address.</summary>
    public Uri StartOnLoopback() => Loopback.Start(this);

    public AdminClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in settings)
        {
            builder.UseSetting(k, v);
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
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
