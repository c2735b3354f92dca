using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ZeroWork.Server.Tests.Sms;

/// <summary>The whole app on a temporary store, without demo data or SMS credentials, with a known callback key.</summary>
internal sealed class SmsHostFactory : WebApplicationFactory<Program>
{
    public const string Key = "cb-0123456789abcdef";

    private readonly string folder = Directory.CreateTempSubdirectory("zw-sms-it-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Path", Path.Combine(folder, "it.db"));
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Bot:Sms:CallbackKey", Key);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
