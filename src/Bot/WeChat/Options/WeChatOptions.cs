using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Bot.WeChat.Options;

/// <summary><c>Bot:WeChat</c>. Without a Token the hooks answer 404; without AppId and AppSecret nothing is sent (outbox messages end NotSent).</summary>
public sealed class WeChatOptions
{
    public const string Section = "Bot:WeChat";

    /// <summary>The server-configuration token (3–32 letters or digits), used only for signatures.</summary>
    public string? Token { get; set; }

    /// <summary><c>wx</c> + 16 hex characters; embedded in every encrypted payload and checked.</summary>
    public string? AppId { get; set; }

    /// <summary>Used only to obtain access tokens; never logged.</summary>
    public string? AppSecret { get; set; }

    /// <summary>43 characters; needed for compatible and safe (AES) mode.</summary>
    public string? EncodingAESKey { get; set; }

    /// <summary>The key before the last rotation: WeChat may still use it for a while, so decryption falls back to it.</summary>
    public string? PreviousEncodingAESKey { get; set; }

    /// <summary>How far a request's <c>timestamp</c> may be from our clock, either way. Plain-mode signatures cover only token, timestamp and nonce, not the body, so a logged or sniffed URL could otherwise be replayed forever with any body; the MsgId dedupe covers retries inside the window. 0 turns the check off (only for replaying recorded test vectors).</summary>
    [Range(0, 86_400)]
    public int TimestampWindowSeconds { get; set; } = 300;

    /// <summary>Refuse plaintext POSTs (use once the account is switched to safe mode).</summary>
    public bool RequireEncryption { get; set; }

    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.weixin.qq.com";

    /// <summary>Template ids by message template name (<c>Templates:JobPush</c> = the id from the WeChat console).</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>Data field names of each template, comma-separated (<c>TemplateFields:JobPush</c> = <c>thing1,time2,amount3</c>); default keyword1…keywordN.</summary>
    public Dictionary<string, string> TemplateFields { get; set; } = [];

    /// <summary>Retries after the first attempt on network errors, 5xx and errcode -1.</summary>
    [Range(0, 6)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base back-off between retries (exponential, with jitter).</summary>
    [Range(0, 30_000)]
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>Timeout of one HTTP attempt.</summary>
    [Range(1, 30)]
    public int AttemptTimeoutSeconds { get; set; } = 10;

    public bool HooksEnabled => !string.IsNullOrEmpty(Token);

    public bool EncryptionEnabled => !string.IsNullOrEmpty(EncodingAESKey);

    public bool CanSend => !string.IsNullOrEmpty(AppId) && !string.IsNullOrEmpty(AppSecret);
}
