using Microsoft.AspNetCore.Http;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>The query parameters WeChat adds; a parameter given twice counts as missing.</summary>
public sealed record HookQuery(string? Signature, string? Timestamp, string? Nonce, string? EchoStr, string? EncryptType, string? MsgSignature)
{
    public static HookQuery From(HttpRequest request) => new(
        One(request, "signature"),
        One(request, "timestamp"),
        One(request, "nonce"),
        One(request, "echostr"),
        One(request, "encrypt_type"),
        One(request, "msg_signature"));

    private static string? One(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
