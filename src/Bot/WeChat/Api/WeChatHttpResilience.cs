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
            ShouldHandle = args => IsFailingAsync(args.Outcome),
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

    /// <summary>For the circuit breaker: what is transient, and also a 200 whose body is not a JSON object — a provider in that state is failing, but the call may have taken effect, so it is not retried.</summary>
    public static async ValueTask<bool> IsFailingAsync(Outcome<HttpResponseMessage> outcome) =>
        await IsTransientAsync(outcome) || (outcome.Result is { IsSuccessStatusCode: true } response && await ReadAsync(response) is null);

    private static async Task<bool> IsSystemBusyAsync(HttpResponseMessage response) =>
        await ReadAsync(response) is { } root
        && root.TryGetProperty("errcode", out var code)
        && code.TryGetInt32(out var errcode)
        && errcode == WeChatErrorCodes.SystemBusy;

    /// <summary>The answer as a JSON object, or null when it is not one. Buffers the (small) answer so the caller can still read it.</summary>
    private static async Task<JsonElement?> ReadAsync(HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        try
        {
            using var json = JsonDocument.Parse(bytes);
            return json.RootElement.ValueKind == JsonValueKind.Object ? json.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
