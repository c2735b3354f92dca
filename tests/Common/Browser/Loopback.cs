using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ZeroWork.Tests.Common.Browser;

/// <summary>Serves a test host on a real loopback port (Kestrel) so a real browser can reach it.</summary>
internal static class Loopback
{
    public static Uri Start<T>(WebApplicationFactory<T> factory)
        where T : class
    {
        factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
    }
}
