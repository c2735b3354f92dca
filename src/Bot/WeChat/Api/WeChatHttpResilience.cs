using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using ZeroWork.Bot.WeChat.Options;

namespace ZeroWork.Bot.WeChat.Api;

/// <summary>The Polly pipeline of the WeChat HttpClient: total timeout, retry with jittered exponential back-off, circuit breaker, attempt timeout. Transient means a network error, a 5xx/408/429, or errcode -1 ("system busy") in an HTTP 200; permanent errcodes are never retried.</summary>
public static class WeChatHttpResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, WeChatOptions options)
    {
        var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
        var delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds);
        pipeline.AddTimeout(attempt * (options.MaxRetries + 1) + delay * Math.Pow(2, options.MaxRetries + 1));
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = delay,
                ShouldHandle = args => IsTransientAsync(args.Outcome),
            });
        }

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = TimeSpan.FromSeconds(30),
            ShouldHandle = args => IsTransientAsync(args.Outcome),
        });
        pipeline.AddTimeout(attempt);
    }

    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        return response.IsSuccessStatusCode && await IsSystemBusyAsync(response);
    }

    /// <summary>Buffers the (small) JSON answer so the caller can still read it.</summary>
    private static async Task<bool> IsSystemBusyAsync(HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        try
        {
            using var json = JsonDocument.Parse(bytes);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("errcode", out var code)
                && code.TryGetInt32(out var errcode)
                && errcode == WeChatErrorCodes.SystemBusy;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
