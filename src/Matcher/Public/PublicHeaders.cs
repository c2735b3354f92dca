using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ZeroWork.Matcher.Public;

/// <summary>Headers on every public answer: our own script and style only, location only for our own pages, framing only by the city's apps that are allowed to call us.</summary>
public sealed class PublicHeaders(IOptions<PublicOptions> options) : IEndpointFilter
{
    private readonly string policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; " +
        $"frame-ancestors 'self'{string.Concat(options.Value.AllowedOrigins.Select(o => " " + o))}";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
        // Jobs fill and close within hours: a minute of caching spares the service without showing a full job for long.
        headers.CacheControl = "public, max-age=60";
        return next(context);
    }
}
