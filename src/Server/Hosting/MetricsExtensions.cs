using OpenTelemetry.Metrics;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Server.Hosting;

public static class MetricsExtensions
{
    /// <summary>Exports the "ZeroWork" meter and ASP.NET Core's request metrics in Prometheus text format through OpenTelemetry.</summary>
    public static IServiceCollection AddServerMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MarketMetrics.MeterName, "Microsoft.AspNetCore.Hosting")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary><c>GET /metrics</c>.</summary>
    public static IEndpointRouteBuilder MapServerMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
