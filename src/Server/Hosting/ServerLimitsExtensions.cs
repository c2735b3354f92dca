using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ZeroWork.Server.Hosting;

public static class ServerLimitsExtensions
{
    /// <summary>Binds <see cref="ServerLimitsOptions"/> (validated at start) and applies them to Kestrel.</summary>
    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServerLimitsOptions>().BindConfiguration(ServerLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelLimits>();
        return builder;
    }

    private sealed class KestrelLimits(IOptions<ServerLimitsOptions> options) : IConfigureOptions<KestrelServerOptions>
    {
        public void Configure(KestrelServerOptions kestrel)
        {
            var o = options.Value;
            kestrel.Limits.MaxConcurrentConnections = o.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = o.MaxConcurrentConnections;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(o.KeepAliveTimeoutSeconds);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(o.RequestHeadersTimeoutSeconds);
        }
    }
}
