namespace ZeroWork.Server.Hosting;

public static class HealthExtensions
{
    public static IServiceCollection AddServerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary><c>GET /healthz</c>: 200 when the store is open and the outbox is not backed up.</summary>
    public static IEndpointRouteBuilder MapServerHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz");
        return app;
    }
}
