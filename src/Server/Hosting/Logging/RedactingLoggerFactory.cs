using Microsoft.Extensions.Options;

namespace ZeroWork.Server.Hosting.Logging;

/// <summary>
/// Every logger of the process passes its messages through <see cref="LogRedaction"/> before any provider sees them. It wraps
/// the factory rather than the providers, so filter rules keyed by provider alias (<c>Logging:Console:LogLevel</c>) keep
/// working, and no category — ASP.NET Core's request lines included — can be configured back into printing a secret.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public static ILoggerFactory Create(IServiceProvider services) => new RedactingLoggerFactory(new LoggerFactory(
        services.GetServices<ILoggerProvider>(),
        services.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
        services.GetService<IOptions<LoggerFactoryOptions>>(),
        services.GetService<IExternalScopeProvider>()));

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
