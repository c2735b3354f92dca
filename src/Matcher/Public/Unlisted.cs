using System.Text.RegularExpressions;

namespace ZeroWork.Matcher.Public;

/// <summary>What a poster typed is shown on public pages without any phone number in it (第十四条): contact passes only once a job is taken.</summary>
public static partial class Unlisted
{
    public const string Hidden = "（电话接单后告知）";

    /// <summary>The text with every run of seven or more digits (mobiles, landlines with area code, with or without dashes and spaces) replaced.</summary>
    public static string? Numbers(string? text) => text is null ? null : Phone().Replace(text, Hidden);

    [GeneratedRegex(@"\+?\d(?:[\d\-\s]{5,}\d)")]
    private static partial Regex Phone();
}
