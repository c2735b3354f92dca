using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Chinese numerals to digits in every common form: 一百八 → 180, 两百五 → 250, 一千二 → 1200, 十五 → 15, 八千八 → 8800,
/// 三百五一天 → 350 1天, spoken phone numbers 一八九七一零…/幺三五… digit by digit, 俩/仨 → 2个/3个, approximate pairs
/// 两三百 → 200≈300 and 四五个 → 4≈5个 (the ≈ tells extractors it is an estimate), and Arabic digits with Chinese or k
/// multipliers (5千 → 5000, 1万2 → 12000, 1.2万 → 12000, 8k → 8000). A lone numeral is converted only before a measure
/// word (一天, 两个, 三名), so 一起、一下、周一、星期二 and place names stay as written.
/// </summary>
internal static partial class ChineseNumerals
{
    public const char Approx = '≈';

    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <summary>Measure words and units that make a lone numeral a number.</summary>
    private const string Measures = "个名位人天日号月年岁周点时小斤吨平件单块元毛筐箱层楼次趟顿遍本米辆车间套张家袋亩份批班";

    public static string ToDigits(string text)
    {
        // Most messages have no Chinese numeral at all: no copy then.
        var result = HasNumeral(text) ? Converted(text) : text;
        if (result.Contains('块', StringComparison.Ordinal))
        {
            result = YuanJiao().Replace(result, m => $"{m.Groups[1].Value}.{DigitOf(m.Groups[2].Value[0]) switch { >= 0 and var d => d, _ => m.Groups[2].Value[0] - '0' }}元");
        }

        return ArabicMultipliers.Apply(result);
    }

    private static readonly SearchValues<char> NumeralChars = SearchValues.Create("零〇一幺二两三四五六七八九十百千万俩仨");

    private static bool HasNumeral(string text) => text.AsSpan().ContainsAny(NumeralChars);

    private static string Converted(string text)
    {
        var sb = buffer ??= new StringBuilder(256);
        sb.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '俩' or '仨')
            {
                AppendNumber(sb, text, i + 1, c == '俩' ? "2个" : "3个");
                i++;
                continue;
            }

            if (!IsNumeral(c))
            {
                sb.Append(c);
                i++;
                continue;
            }

            var j = i;
            while (j < text.Length && IsNumeral(text[j]))
            {
                j++;
            }

            ConvertRun(sb, text, i, j);
            i = j;
        }

        return sb.ToString();
    }

    internal static bool IsNumeral(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0;

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '幺' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitOf(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10000,
        _ => 0,
    };

    private static void ConvertRun(StringBuilder sb, string text, int start, int end)
    {
        var pos = start;
        while (pos < end)
        {
            var consumed = ConvertAt(sb, text, pos, end);
            if (consumed == 0)
            {
                sb.Append(text[pos]);
                consumed = 1;
            }

            pos += consumed;
        }
    }

    /// <summary>Converts one number starting at <paramref name="pos"/>; returns the characters consumed, 0 to leave the character as written.</summary>
    private static int ConvertAt(StringBuilder sb, string text, int pos, int end)
    {
        var length = end - pos;
        var hasUnit = false;
        for (var k = pos; k < end; k++)
        {
            if (UnitOf(text[k]) > 0)
            {
                hasUnit = true;
                break;
            }
        }

        var first = text[pos];
        if (DigitOf(first) < 0 && first != '十')
        {
            return 0; // 万达, 千万, 百货
        }

        if (length == 1 && first == '十' && !(pos + 1 < text.Length && Measures.Contains(text[pos + 1], StringComparison.Ordinal)))
        {
            return 0; // 十堰, 十字路口
        }

        // 两三百, 三四十, 四五千, 四五个: an estimate.
        if (length >= 2 && DigitOf(first) > 0 && DigitOf(text[pos + 1]) == DigitOf(first) + 1 && first != '幺')
        {
            var unit = pos + 2 < end ? UnitOf(text[pos + 2]) : 0;
            var next = pos + 2 < text.Length ? text[pos + 2] : '\0';
            if (unit > 0 || (length == 2 && Measures.Contains(next, StringComparison.Ordinal)))
            {
                var a = DigitOf(first) * Math.Max(unit, 1);
                var b = DigitOf(text[pos + 1]) * Math.Max(unit, 1);
                Span<char> pair = stackalloc char[24];
                a.TryFormat(pair, out var aLength, provider: CultureInfo.InvariantCulture);
                pair[aLength] = Approx;
                b.TryFormat(pair[(aLength + 1)..], out var bLength, provider: CultureInfo.InvariantCulture);
                AppendNumber(sb, text, pos + (unit > 0 ? 3 : 2), pair[..(aLength + 1 + bLength)]);
                return unit > 0 ? 3 : 2;
            }
        }

        if (!hasUnit)
        {
            if (length >= 3)
            {
                Span<char> digits = stackalloc char[Math.Min(length, 64)];
                var n = 0;
                for (var k = pos; k < end && n < digits.Length; k++)
                {
                    digits[n++] = (char)('0' + DigitOf(text[k]));
                }

                AppendNumber(sb, text, pos + n, digits[..n]);
                return n;
            }

            // A lone numeral (or a pair such as 五一 that is not an estimate): only before a measure word.
            var after = pos + 1 < text.Length ? text[pos + 1] : '\0';
            var before = pos > 0 ? text[pos - 1] : '\0';
            if (first == '幺' || !Measures.Contains(after, StringComparison.Ordinal) || IsWeekdayPrefix(text, pos) || before is '第' or '初' or '统' or '唯')
            {
                return 0;
            }

            if (after == '点' && before is '快' or '早' or '晚' or '多' or '少' or '好' or '大' or '高' or '低' or '慢' or '有' or '差' or '便' or '宜')
            {
                return 0; // 早一点, 便宜一点: "a bit"
            }

            AppendNumber(sb, text, pos + 1, [(char)('0' + DigitOf(first))]);
            return 1;
        }

        var (value, used) = ParseWithUnits(text, pos, end);
        if (used == 0)
        {
            return 0;
        }

        Span<char> formatted = stackalloc char[48];
        value.TryFormat(formatted, out var written, provider: CultureInfo.InvariantCulture);
        if (AbbreviatedPairEnd(text, pos + used, end) is var step and > 0)
        {
            // 一百七八 → 170≈180, 两百五六 → 250≈260: an estimate, like 两三百.
            formatted[written++] = Approx;
            (value + step).TryFormat(formatted[written..], out var upper, provider: CultureInfo.InvariantCulture);
            AppendNumber(sb, text, pos + used + 1, formatted[..(written + upper)]);
            return used + 1;
        }

        AppendNumber(sb, text, pos + used, formatted[..written]);
        return used;
    }

    /// <summary>
    /// The step of 一百七八's 八: the last digit of the run, one more than the abbreviated digit before it (七 after 百), is
    /// the upper end of a pair; 0 when there is none.
    /// </summary>
    private static int AbbreviatedPairEnd(string text, int next, int end)
    {
        if (next + 1 != end || next < 3)
        {
            return 0;
        }

        var unit = UnitOf(text[next - 2]);
        var d = DigitOf(text[next - 1]);
        return unit is 100 or 1000 or 10000 && d > 0 && DigitOf(text[next]) == d + 1 ? unit / 10 : 0;
    }

    /// <summary>周一, 星期二, 礼拜三 — but not 一个星期一天 (a week, then a day).</summary>
    private static bool IsWeekdayPrefix(string text, int pos)
    {
        var start = pos >= 1 && text[pos - 1] is '周' or '拜' ? pos - (text[pos - 1] == '拜' ? 2 : 1)
            : pos >= 2 && text[pos - 2] == '星' && text[pos - 1] == '期' ? pos - 2
            : -1;
        return start >= 0 && !(start >= 1 && text[start - 1] == '个');
    }

    /// <summary>十五, 五十三, 一百八, 一百零五, 一千二, 八千八, 一万二, 三百五(一天): stops where the number is complete.</summary>
    private static (long Value, int Used) ParseWithUnits(string text, int pos, int end)
    {
        long total = 0;
        long section = 0;
        var lastUnit = 0;
        var afterZero = false;
        var k = pos;
        while (k < end)
        {
            var c = text[k];
            var d = DigitOf(c);
            var u = UnitOf(c);
            if (c is '零' or '〇')
            {
                afterZero = true;
                k++;
                continue;
            }

            if (d >= 0)
            {
                var nextUnit = k + 1 < end ? UnitOf(text[k + 1]) : 0;
                if (nextUnit == 10000)
                {
                    total += (section + d) * 10000;
                    section = 0;
                    lastUnit = 10000;
                    k += 2;
                    continue;
                }

                if (nextUnit > 0)
                {
                    if (lastUnit > 0 && lastUnit != 10000 && nextUnit >= lastUnit)
                    {
                        break; // 三百五百: a new number
                    }

                    section += d * nextUnit;
                    lastUnit = nextUnit;
                    afterZero = false;
                    k += 2;
                    continue;
                }

                if (IsPerOne(text, k, end, lastUnit))
                {
                    break;
                }

                // A trailing digit: 一百八 = 180 (abbreviated), 一百零五 = 105, a lone digit before a unit-less end = itself.
                if (lastUnit == 0)
                {
                    section += d;
                }
                else if (afterZero)
                {
                    section += d;
                }
                else
                {
                    section += d * (lastUnit / 10);
                }

                k++;
                break;
            }

            if (u > 0)
            {
                if (u == 10 && (k == pos || lastUnit > 10 || afterZero))
                {
                    section += 10; // 十五, 一百一十
                    lastUnit = 10;
                    k++;
                    continue;
                }

                if (u == 10000 && (section > 0 || total > 0))
                {
                    total = (total + section) * 10000;
                    section = 0;
                    lastUnit = 10000;
                    k++;
                    continue;
                }

                break;
            }

            break;
        }

        return (total + section, k - pos);
    }

    /// <summary>
    /// 两百一天, 两千一个月: the 一 after a round amount starts "per day", it is not the abbreviated 210 (that is said 两百一一天).
    /// </summary>
    private static bool IsPerOne(string text, int k, int end, int lastUnit) =>
        text[k] == '一' && lastUnit >= 100 && k + 1 == end && k + 1 < text.Length && PerUnits.Contains(text[k + 1], StringComparison.Ordinal);

    /// <summary>What 一 stands before when it means "per one": 一天, 一个月, 一晚, 一小时, 一平, 一吨, 一车.</summary>
    private const string PerUnits = "天日晚夜个月小钟工班平方吨车趟件斤箱袋单套台";

    /// <summary>Appends converted digits, keeping them apart from neighbouring Arabic digits (300一天 → 300 1天).</summary>
    private static void AppendNumber(StringBuilder sb, string text, int nextIndex, ReadOnlySpan<char> digits)
    {
        var afterMultiplier = sb.Length > 1 && sb[^1] is '万' or '千' or '百' or 'k' or 'K' or 'w' or 'W' && char.IsAsciiDigit(sb[^2]);
        if (sb.Length > 0 && (char.IsAsciiDigit(sb[^1]) || sb[^1] == '.' || afterMultiplier))
        {
            sb.Append(' ');
        }

        sb.Append(digits);
        if (nextIndex < text.Length && (char.IsAsciiDigit(text[nextIndex]) || IsNumeral(text[nextIndex])) && !digits.EndsWith('个'))
        {
            sb.Append(' ');
        }
    }

    /// <summary>一块二 / 3块5: yuan and tenths (1.2元, 3.5元).</summary>
    [GeneratedRegex(@"(?<![0-9.])([0-9]{1,3})块([一二两三四五六七八九1-9])(?![0-9一二三四五六七八九十百千万毛角])")]
    private static partial Regex YuanJiao();
}
