using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ZeroWork.Bot.WeChat.Api;

/// <summary>One JSON POST to the WeChat API through the resilient named HttpClient, turned into a <see cref="WeChatApiResult"/>. Never throws for transport or API errors. Its HttpClient has no request logging: the URL carries the access token.</summary>
public sealed class WeChatApiTransport(IHttpClientFactory clients)
{
    public const string ClientName = "wechat-api";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<WeChatApiResult> PostAsync(string path, string? accessToken, JsonObject body, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        var uri = accessToken is null ? path : $"{path}?access_token={Uri.EscapeDataString(accessToken)}";
        try
        {
            // A string body has a Content-Length and can be sent again by the retry strategy.
            using var content = new StringContent(body.ToJsonString(Json), Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(uri, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new WeChatApiResult(WeChatCallStatus.HttpError, (int)response.StatusCode);
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new WeChatApiResult(WeChatCallStatus.BadResponse, ErrMsg: "answer is not a JSON object");
            }

            var errcode = root.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var c) ? c : 0;
            var errmsg = root.TryGetProperty("errmsg", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString() : null;
            return new WeChatApiResult(errcode == 0 ? WeChatCallStatus.Ok : WeChatCallStatus.ApiError, errcode, errmsg, root);
        }
        catch (BrokenCircuitException)
        {
            return new WeChatApiResult(WeChatCallStatus.CircuitOpen, ErrMsg: "circuit open after repeated failures");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
        {
            return new WeChatApiResult(WeChatCallStatus.Unreachable, ErrMsg: ex.HttpRequestError.ToString());
        }
        catch (HttpRequestException ex)
        {
            return new WeChatApiResult(WeChatCallStatus.Uncertain, ErrMsg: ex.HttpRequestError.ToString());
        }
        catch (TimeoutRejectedException)
        {
            return new WeChatApiResult(WeChatCallStatus.Uncertain, ErrMsg: "timeout");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WeChatApiResult(WeChatCallStatus.Uncertain, ErrMsg: "timeout");
        }
        catch (JsonException)
        {
            return new WeChatApiResult(WeChatCallStatus.BadResponse, ErrMsg: "answer is not JSON");
        }
    }
}
