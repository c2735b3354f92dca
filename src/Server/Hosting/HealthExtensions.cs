using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ZeroWork.Server.Hosting;

public static class HealthExtensions
{
    public static IServiceCollection AddServerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>
    /// <c>GET /healthz</c>: 200 when the store is open and the outbox is not backed up; 503 when unhealthy (writes fail at the
    /// disk: every hook would be refused) and also when degraded (more messages waiting than the senders drain: people wait
    /// minutes for answers). Degraded is 503 rather than 200 because a balancer or monitor reads only the status, and a backlog
    /// is what an operator must hear about first; the body names the reason so the two are told apart.
    /// </summary>
    public static IEndpointRouteBuilder MapServerHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
