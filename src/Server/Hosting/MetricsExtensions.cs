using Prometheus;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Server.Hosting;

public static class MetricsExtensions
{
    /// <summary>Exports the "ZeroWork" meter (and ASP.NET Core's own) in Prometheus text format.</summary>
    public static IServiceCollection AddServerMetrics(this IServiceCollection services)
    {
        Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => i.Meter.Name is MarketMetrics.MeterName or "Microsoft.AspNetCore.Hosting");
        return services;
    }

    /// <summary><c>GET /metrics</c>.</summary>
    public static IEndpointRouteBuilder MapServerMetrics(this IEndpointRouteBuilder app)
    {
        app.MapMetrics("/metrics");
        return app;
    }
}
