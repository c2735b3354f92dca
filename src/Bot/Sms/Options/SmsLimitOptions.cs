using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Bot.Sms.Options;

/// <summary>Per-number caps we honour before calling Tencent, so its own caps (spec §7) are rarely hit. 0 turns one off.</summary>
public sealed class SmsLimitOptions
{
    [Range(0, 100)]
    public int PerThirtySeconds { get; set; } = 1;

    [Range(0, 1000)]
    public int PerHour { get; set; } = 5;

    /// <summary>Per China calendar day; Tencent's default is 10.</summary>
    [Range(0, 10000)]
    public int PerDay { get; set; } = 10;
}
