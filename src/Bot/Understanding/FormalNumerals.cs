using System.Buffers;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The formal (大写) numerals people use in pay so nobody can alter them — 贰佰, 叁佰伍, 壹仟捌佰元 — rewritten as the
/// everyday ones <see cref="ChineseNumerals"/> reads, and 圆 after an amount as 元. Runs only when such a character is in
/// the text. 伍 and 陆 are also surnames (伍师傅, 陆经理) and 拾 is an ordinary word (收拾), so a run is rewritten only when it
/// has a formal digit or 佰/仟 and is a number: two numeral characters or more, or one before a measure word.
/// </summary>
internal static class FormalNumerals
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟圆");

    /// <summary>What a lone formal digit must stand before to be a number (贰元, 叁天), not a name (伍师傅).</summary>
    private const string Measures = "元圆块天日个名位人月年岁点时小吨平件毛";

    public static string ToCommon(string text)
    {
        if (text.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var changed = false;
        var i = 0;
        while (i < chars.Length)
        {
            if (!IsNumeralChar(text[i]))
            {
                if (text[i] == '圆' && i > 0 && (char.IsAsciiDigit(chars[i - 1]) || ChineseNumerals.IsNumeral(chars[i - 1])))
                {
                    chars[i] = '元';
                    changed = true;
                }

                i++;
                continue;
            }

            var j = i;
            var formal = false;
            while (j < text.Length && IsNumeralChar(text[j]))
            {
                formal |= Common(text[j]) != '\0' && text[j] != '拾';
                j++;
            }

            var number = j - i >= 2 || (j < text.Length && Measures.Contains(text[j], StringComparison.Ordinal));
            if (formal && number)
            {
                for (var k = i; k < j; k++)
                {
                    if (Common(text[k]) is var c and not '\0')
                    {
                        chars[k] = c;
                    }
                }

                changed = true;
            }

            i = j;
        }

        return changed ? new string(chars) : text;
    }

    private static bool IsNumeralChar(char c) => Common(c) != '\0' || ChineseNumerals.IsNumeral(c);

    private static char Common(char c) => c switch
    {
        '壹' => '一',
        '贰' or '貳' => '二',
        '叁' or '參' => '三',
        '肆' => '四',
        '伍' => '五',
        '陆' or '陸' => '六',
        '柒' => '七',
        '捌' => '八',
        '玖' => '九',
        '拾' => '十',
        '佰' => '百',
        '仟' => '千',
        _ => '\0',
    };
}
