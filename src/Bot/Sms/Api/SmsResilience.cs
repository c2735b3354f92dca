using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using ZeroWork.Bot.Sms.Options;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>
/// The pipeline around every Tencent call, outermost first: retry only what the spec calls safe (nothing can have been
/// sent), a circuit breaker when the provider keeps failing, and a per-attempt timeout. SendSms is not idempotent, so a
/// timeout is never retried: it surfaces as <see cref="TimeoutRejectedException"/> and the message ends Unknown.
/// </summary>
public static class SmsResilience
{
    public const string PipelineName = "tencent-sms";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SmsOptions options)
    {
        if (options.MaxSafeAttempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxSafeAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.RetryDelay,
                UseJitter = false,
                ShouldHandle = args => IsNothingSent(args.Outcome),
            });
        }

        pipeline.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = 0.5,
            MinimumThroughput = 5,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => IsProviderFailure(args.Outcome),
        });

        pipeline.AddTimeout(options.Timeout);
    }

    /// <summary>True when the request cannot have reached Tencent's SMS backend: connect/DNS/TLS failures, or a request-level code the spec lists as safe.</summary>
    public static async ValueTask<bool> IsNothingSent(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException http)
        {
            return NeverWritten(http);
        }

        if (outcome.Result is { StatusCode: HttpStatusCode.OK } response)
        {
            var code = TencentResponseParser.ErrorCode(await response.Content.ReadAsStringAsync());
            return code is not null && TencentErrorCodes.Classify(code) == SmsErrorKind.NothingSent;
        }

        return false;
    }

    public static bool NeverWritten(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;

    private static async ValueTask<bool> IsProviderFailure(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is { } response)
        {
            if ((int)response.StatusCode >= 500)
            {
                return true;
            }

            var code = TencentResponseParser.ErrorCode(await response.Content.ReadAsStringAsync());
            return code is not null && TencentErrorCodes.ProviderFailing(code);
        }

        return false;
    }
}
