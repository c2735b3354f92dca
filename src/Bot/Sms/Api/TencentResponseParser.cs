using System.Text.Json;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>Reads the <c>{"Response": {...}}</c> envelope; a business error is <c>Response.Error</c> with HTTP 200.</summary>
public static class TencentResponseParser
{
    /// <summary>The code given to a 200 answer that is not the documented envelope: the call may or may not have taken effect.</summary>
    public const string MalformedResponse = "ZeroWork.MalformedResponse";

    public static TencentReply<T> Parse<T>(string body)
        where T : class
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("Response", out var response)
                || response.ValueKind != JsonValueKind.Object)
            {
                return Malformed<T>("应答缺少 Response 对象");
            }

            var requestId = response.TryGetProperty("RequestId", out var rid) && rid.ValueKind == JsonValueKind.String ? rid.GetString() : null;
            if (response.TryGetProperty("Error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("Code", out var c) ? c.GetString() ?? "" : "";
                var message = error.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : "";
                return new TencentReply<T>(null, new TencentError(code, message), requestId);
            }

            var result = response.Deserialize<T>(TencentJson.Options);
            return result is null ? Malformed<T>("应答为空") : new TencentReply<T>(result, null, requestId);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return Malformed<T>("应答不是有效的 JSON：" + ex.Message);
        }
    }

    /// <summary>Just the request-level error code, for the resilience predicates: null when the call succeeded, <see cref="MalformedResponse"/> when the body is not the documented envelope (a provider in trouble answers 200 with anything).</summary>
    public static string? ErrorCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("Response", out var response)
                || response.ValueKind != JsonValueKind.Object)
            {
                return MalformedResponse;
            }

            return response.TryGetProperty("Error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("Code", out var code)
                && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return MalformedResponse;
        }
    }

    private static TencentReply<T> Malformed<T>(string message)
        where T : class => new(null, new TencentError(MalformedResponse, message), null);
}
