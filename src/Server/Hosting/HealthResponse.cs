using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ZeroWork.Server.Hosting;

/// <summary>The body of <c>/healthz</c>: the status alone when healthy, else the status and each failing check's reason, so whoever reads a 503 knows whether the store or the outbox is at fault.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description ?? e.Status.ToString()).ToList();
        var body = reasons.Count == 0 ? report.Status.ToString() : $"{report.Status}: {string.Join("; ", reasons)}";
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }
}
