using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Bot.Sms.Options;

/// <summary><c>Bot:Sms</c>. Without <see cref="SecretId"/>/<see cref="SecretKey"/> the service still runs and SMS stay in the local outbox as not sent.</summary>
public sealed class SmsOptions
{
    public const string Section = "Bot:Sms";

    public const string DefaultEndpoint = "https://sms.tencentcloudapi.com";

    public string? SecretId { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>The SMS application id (a string such as <c>1400006666</c>).</summary>
    public string? SdkAppId { get; set; }

    /// <summary>The approved signature text without 【】.</summary>
    public string? SignName { get; set; }

    [Required]
    public string Region { get; set; } = "ap-guangzhou";

    [Required]
    public string Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>The unguessable path segment of the callback URLs (the callbacks carry no signature). Empty turns the hooks off.</summary>
    public string? CallbackKey { get; set; }

    /// <summary>Template name in the catalogue → the provider's approved template id.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>Longest variable the account may send; 0 = no per-variable limit (the rule depends on the account type, spec §10).</summary>
    [Range(0, 500)]
    public int MaxVariableLength { get; set; }

    /// <summary>Signature plus body may not exceed this (spec §7: 500 characters).</summary>
    [Range(20, 2000)]
    public int MaxMessageLength { get; set; } = 500;

    /// <summary>Price of one billed segment, for the cost shown in the outbox.</summary>
    [Range(0, 10)]
    public decimal PricePerSegment { get; set; } = 0.045m;

    public SmsLimitOptions Limits { get; set; } = new();

    /// <summary>How long one provider call may take before its outcome counts as unknown.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts for errors where nothing was sent (rate limit, expired signature, connection refused).</summary>
    [Range(1, 10)]
    public int MaxSafeAttempts { get; set; } = 3;

    /// <summary>First back-off of those retries; doubles each time (1 s, 2 s, 4 s as Tencent's own SDK does).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the circuit stays open after the provider kept failing.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    public bool HasCredentials => !string.IsNullOrWhiteSpace(SecretId) && !string.IsNullOrWhiteSpace(SecretKey);

    public bool HooksEnabled => !string.IsNullOrEmpty(CallbackKey);
}
