using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Bot.Sms.Options;

/// <summary>Per-number caps we honour before calling Tencent, set to match the application's frequency policy in the Tencent console (spec §7), so its own caps are rarely hit. 0 turns one off.</summary>
public sealed class SmsLimitOptions
{
    /// <summary>The same text to the same number within 30 s (Tencent's default: 1).</summary>
    [Range(0, 100)]
    public int PerThirtySeconds { get; set; } = 1;

    /// <summary>Any text to the same number within an hour; Tencent states no default, so it only matters when raised above the daily cap's pace.</summary>
    [Range(0, 1000)]
    public int PerHour { get; set; } = 10;

    /// <summary>Per China calendar day; Tencent's default is 10.</summary>
    [Range(0, 10000)]
    public int PerDay { get; set; } = 10;
}
