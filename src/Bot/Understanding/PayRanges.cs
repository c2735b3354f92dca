using System.Buffers;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// 月薪七八千, 一天三四百, 工资五六千: a pair of neighbouring numerals stated as the rate is a range of pay (7000–8000), so the
/// ≈ that <see cref="ChineseNumerals"/> marks it with becomes a dash for <see cref="PayExtractor"/>. It stays an estimate —
/// not pay, as the contract says of daily earnings — after 挣/赚/能拿/收入 (手快一天能挣两三百), and where it counts
/// people or days (四五个, 三四天). The text keeps its length, so positions found in it still hold.
/// </summary>
internal static class PayRanges
{
    private static readonly SearchValues<string> EarningWords = SearchValues.Create(
        ["挣", "赚", "能拿", "拿到", "收入", "月入", "日入", "到手", "手快", "干得好", "能有", "平均"], StringComparison.Ordinal);

    public static string Open(string numeric)
    {
        var at = numeric.IndexOf(ChineseNumerals.Approx, StringComparison.Ordinal);
        if (at < 0)
        {
            return numeric;
        }

        char[]? chars = null;
        for (; at >= 0; at = numeric.IndexOf(ChineseNumerals.Approx, at + 1))
        {
            if (IsStatedRate(numeric, at))
            {
                chars ??= numeric.ToCharArray();
                chars[at] = '-';
            }
        }

        return chars is null ? numeric : new string(chars);
    }

    private static bool IsStatedRate(string text, int at)
    {
        var a = DigitsBefore(text, at);
        var bEnd = at + 1;
        while (bEnd < text.Length && char.IsAsciiDigit(text[bEnd]))
        {
            bEnd++;
        }

        // Amounts of pay are tens at least (二三十 an hour, 两三百 a day); a smaller pair counts people, days or floors.
        if (a < 2 || bEnd - (at + 1) < 2)
        {
            return false;
        }

        if (bEnd < text.Length && text[bEnd] is '个' or '名' or '位' or '人' or '岁' or '年' or '天' or '号' or '平' or '米' or '斤' or '吨')
        {
            return false;
        }

        var start = at - a;
        var from = Math.Max(0, start - 6);
        var before = text.AsSpan(from, start - from);
        return !before.ContainsAny(EarningWords);
    }

    private static int DigitsBefore(string text, int at)
    {
        var n = 0;
        while (at - n - 1 >= 0 && char.IsAsciiDigit(text[at - n - 1]))
        {
            n++;
        }

        return n;
    }
}
