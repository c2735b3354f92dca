using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ZeroWork.Server.Hosting.Logging;

public static class LoggingExtensions
{
    /// <summary>JSON console output when <c>Logging:Format</c> is <c>json</c>; one line per entry otherwise (an entry is one grep-able line); every entry redacted (see <see cref="LogRedaction"/>).</summary>
    public static WebApplicationBuilder AddServerLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration["Logging:Format"] == "json")
        {
            builder.Logging.AddJsonConsole();
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(RedactingLoggerFactory.Create));
        return builder;
    }
}
