using System.Text.Json;

namespace ZeroWork.Bot.WeChat.Api;

/// <summary>The outcome of one API call. <see cref="Body"/> is the parsed answer when WeChat sent one.</summary>
public sealed record WeChatApiResult(WeChatCallStatus Status, int ErrCode = 0, string? ErrMsg = null, JsonElement? Body = null)
{
    public bool Ok => Status == WeChatCallStatus.Ok;

    /// <summary>The <c>msgid</c> of a sent template message.</summary>
    public string? MsgId => Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("msgid", out var id)
        ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
        : null;

    public static WeChatApiResult NotConfigured { get; } = new(WeChatCallStatus.NotConfigured, ErrMsg: "WeChat AppId/AppSecret not configured");

    /// <summary>For logs and the outbox's LastError: the status and errcode, never a credential.</summary>
    public string Describe() => Status switch
    {
        WeChatCallStatus.Ok => "ok",
        WeChatCallStatus.ApiError => $"errcode {ErrCode}: {ErrMsg}",
        WeChatCallStatus.HttpError => $"HTTP {ErrCode}",
        _ => ErrMsg is null ? Status.ToString() : $"{Status}: {ErrMsg}",
    };
}
