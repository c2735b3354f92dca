using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Hosting;

/// <summary>A request whose write could not be stored (disk full, I/O error) answers 503 with Retry-After: nothing was acknowledged, so WeChat and Tencent send it again, and the store reopens itself before the next write.</summary>
public sealed class StoreUnavailableMiddleware(RequestDelegate next, ILogger<StoreUnavailableMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (StoreUnavailableException ex) when (!context.Response.HasStarted)
        {
            logger.LogWarning("{Method} {Path} answered 503: {Reason}", context.Request.Method, context.Request.Path, ex.InnerException?.Message ?? ex.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            await context.Response.WriteAsync("服务暂时无法保存数据，请稍后重试");
        }
    }
}
