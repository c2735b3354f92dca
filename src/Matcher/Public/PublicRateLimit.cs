using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ZeroWork.Matcher.Public;

/// <summary>A fixed window per client address over the public pages and API. An endpoint filter on ASP.NET Core's limiter
/// primitives rather than a second <c>UseRateLimiter</c>: the admin site already adds that middleware for its sign-in
/// policy, and a second instance would keep a second set of counters for every endpoint.</summary>
public sealed class PublicRateLimit : IEndpointFilter, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter;
    private readonly int windowSeconds;

    public PublicRateLimit(IOptions<PublicOptions> options)
    {
        var o = options.Value;
        windowSeconds = o.WindowSeconds;
        limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitLimit, Window = TimeSpan.FromSeconds(o.WindowSeconds), QueueLimit = 0 }));
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        using var lease = limiter.AttemptAcquire(http);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : windowSeconds;
        http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        const string message = "请求太频繁，请稍后再试。";
        return http.Request.Path.StartsWithSegments(PublicPaths.Api)
            ? Results.Json(new { error = message }, statusCode: StatusCodes.Status429TooManyRequests)
            : Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
    }

    public void Dispose() => limiter.Dispose();
}
