using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>Arabic digits with Chinese or k/w multipliers: 5千 → 5000, 1万2 → 12000, 1.2万 → 12000, 8k → 8000, 6-8k → 6000-8000.</summary>
internal static partial class ArabicMultipliers
{
    public static string Apply(string s) => HasMultiplier(s) ? ApplyAll(s) : s;

    private static bool HasMultiplier(string s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] is '千' or '万' or '百' or 'k' or 'K' or 'w' or 'W' && char.IsAsciiDigit(s[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static string ApplyAll(string s)
    {
        // Each pass needs its own characters; a message with 5千 alone skips the range, 万 and 百 passes.
        if (s.AsSpan().ContainsAny(RangeMarks))
        {
            s = ScaledRange().Replace(s, m => m.Groups[4].Value switch
            {
                "万" or "w" or "W" => $"{Scale(m.Groups[1].Value, 10000)}-{Scale(m.Groups[3].Value, 10000)}",
                _ => $"{Scale(m.Groups[1].Value, 1000)}-{Scale(m.Groups[3].Value, 1000)}",
            });
        }

        if (s.AsSpan().ContainsAny('万', 'w', 'W'))
        {
            s = TenThousands().Replace(s, m => Scale(m, 10000));
        }

        if (s.AsSpan().ContainsAny('千', 'k', 'K'))
        {
            s = Thousands().Replace(s, m => Scale(m, 1000));
        }

        return s.Contains('百') ? Hundreds().Replace(s, m => Scale(m, 100)) : s;
    }

    private static readonly SearchValues<char> RangeMarks = SearchValues.Create("-~到至");

    private static string Scale(string number, int unit) =>
        decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            ? decimal.Truncate(a * unit).ToString(CultureInfo.InvariantCulture)
            : number;

    private static string Scale(Match m, int unit)
    {
        if (!decimal.TryParse(m.Groups[1].ValueSpan, NumberStyles.Number, CultureInfo.InvariantCulture, out var a))
        {
            return m.Value;
        }

        var value = a * unit;
        if (m.Groups[2].Success && int.TryParse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture, out var tail))
        {
            value += tail * (unit / 10);
        }

        return decimal.Truncate(value) == value ? decimal.Truncate(value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>6-8k, 5-8千, 1-1.5万: the multiplier applies to both ends.</summary>
    [GeneratedRegex(@"(?<![0-9.])((?<![0-9])[0-9]{1,3}(?:\.[0-9]{1,2})?) ?([-~到至]) ?((?<![0-9])[0-9]{1,3}(?:\.[0-9]{1,2})?) ?([千kK万wW])(?![0-9A-Za-z])")]
    private static partial Regex ScaledRange();

    [GeneratedRegex(@"(?<![0-9.])((?<![0-9])[0-9]{1,3}(?:\.[0-9]{1,2})?)[万wW]([0-9])?(?![0-9A-Za-z])")]
    private static partial Regex TenThousands();

    [GeneratedRegex(@"(?<![0-9.])((?<![0-9])[0-9]{1,3}(?:\.[0-9]{1,2})?)[千kK]([0-9])?(?![0-9A-Za-z])")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<![0-9.])([0-9])百([0-9])?(?![0-9])")]
    private static partial Regex Hundreds();
}
