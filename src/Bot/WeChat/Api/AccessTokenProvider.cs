using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Options;

namespace ZeroWork.Bot.WeChat.Api;

/// <summary>The process's one access token from <c>/cgi-bin/stable_token</c> (which, unlike <c>/cgi-bin/token</c>, does not knock out tokens held by other instances). Cached until <c>expires_in - 300 s</c>; one refresh at a time.</summary>
public sealed class AccessTokenProvider(WeChatApiTransport transport, IOptions<WeChatOptions> options, TimeProvider time, ILogger<AccessTokenProvider> logger) : IDisposable
{
    public const string Path = "cgi-bin/stable_token";

    /// <summary>WeChat overlaps old and new tokens by 5 minutes; refreshing that early never hands out a dying token.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(300);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private Cached? cached;

    public async Task<TokenResult> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token)
        {
            return new TokenResult(token, new WeChatApiResult(WeChatCallStatus.Ok));
        }

        var o = options.Value;
        if (!o.CanSend)
        {
            return new TokenResult(null, WeChatApiResult.NotConfigured);
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited behind the refresh uses its result instead of fetching again.
            if (Fresh() is { } fetched)
            {
                return new TokenResult(fetched, new WeChatApiResult(WeChatCallStatus.Ok));
            }

            var body = new JsonObject
            {
                ["grant_type"] = "client_credential",
                ["appid"] = o.AppId,
                ["secret"] = o.AppSecret,
                ["force_refresh"] = false,
            };
            var result = await transport.PostAsync(Path, accessToken: null, body, cancellationToken);
            if (!result.Ok)
            {
                logger.LogWarning("WeChat access token refused: {Result}", result.Describe());
                return new TokenResult(null, result);
            }

            var root = result.Body!.Value;
            if (!root.TryGetProperty("access_token", out var value) || value.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("expires_in", out var expires) || !expires.TryGetInt32(out var seconds) || seconds <= 0)
            {
                return new TokenResult(null, new WeChatApiResult(WeChatCallStatus.BadResponse, ErrMsg: "stable_token answer without access_token/expires_in"));
            }

            var lifetime = TimeSpan.FromSeconds(seconds);
            var usable = lifetime > 2 * Margin ? lifetime - Margin : lifetime / 2;
            var entry = new Cached(value.GetString()!, time.GetUtcNow() + usable);
            Volatile.Write(ref cached, entry);
            logger.LogInformation("WeChat access token refreshed, valid {Seconds} s", seconds);
            return new TokenResult(entry.Token, result);
        }
        finally
        {
            refresh.Release();
        }
    }

    /// <summary>Drops <paramref name="token"/> after WeChat refused it (40001/40014/42001). A token already replaced by another caller's refresh is left alone.</summary>
    public void Invalidate(string token)
    {
        var current = Volatile.Read(ref cached);
        if (current is not null && current.Token == token)
        {
            Interlocked.CompareExchange(ref cached, null, current);
        }
    }

    public void Dispose() => refresh.Dispose();

    private string? Fresh() => Volatile.Read(ref cached) is { } c && time.GetUtcNow() < c.ExpiresAt ? c.Token : null;

    private sealed record Cached(string Token, DateTimeOffset ExpiresAt);
}
