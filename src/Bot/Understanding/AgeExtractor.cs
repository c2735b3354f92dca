using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The sender's own age: 本人55岁 / 今年五十三 / 60岁了 / 男56岁. Not age requirements (18-50岁, 60岁以内, 45岁以下), and not an
/// elder or child the sender cares for (家里老人85岁了).
/// </summary>
internal static partial class AgeExtractor
{
    private static readonly SearchValues<string> Others = SearchValues.Create(
        ["老人", "父亲", "母亲", "老爷子", "老太太", "孩子", "宝宝", "小孩", "爸", "妈", "婆", "爷", "奶", "儿子", "女儿", "老公", "老婆", "媳妇", "要求", "限", "年龄", "她", "他"], StringComparison.Ordinal);

    public static int? Extract(string numeric)
    {
        if (numeric.Length == 0)
        {
            return null;
        }

        // Each pattern needs its own word (岁, 男/女, 今年/本人/年龄); most messages have none, and the regexes are not run.
        if (numeric.Contains('岁'))
        {
            for (var m = Years().Match(numeric); m.Success; m = m.NextMatch())
            {
                if (Accept(numeric, m, out var age))
                {
                    return age;
                }
            }
        }

        // 女 52 / 本人 男 47 / 男 50 150…: a sex and two digits standing alone; a couple's 男56女54 is two people.
        if (numeric.AsSpan().ContainsAny('男', '女'))
        {
            for (var m = SexAge().Match(numeric); m.Success; m = m.NextMatch())
            {
                if (int.TryParse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture, out var a) && a is >= 16 and <= 85)
                {
                    return a;
                }
            }
        }

        if (!numeric.Contains("今年", StringComparison.Ordinal) && !numeric.Contains("本人", StringComparison.Ordinal) && !numeric.Contains("年龄", StringComparison.Ordinal))
        {
            return null;
        }

        var thisYear = ThisYear().Match(numeric);
        if (thisYear.Success && !MentionsOther(numeric, thisYear.Index) && int.TryParse(thisYear.Groups["n"].ValueSpan, CultureInfo.InvariantCulture, out var y) && y is >= 16 and <= 85)
        {
            return y;
        }

        return null;
    }

    private static bool Accept(string text, Match m, out int age)
    {
        age = 0;
        if (!int.TryParse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture, out age) || age is < 16 or > 85)
        {
            return false;
        }

        return !MentionsOther(text, m.Index);
    }

    private static bool MentionsOther(string text, int index)
    {
        var from = Math.Max(0, index - 5);
        return text.AsSpan(from, index - from).ContainsAny(Others);
    }

    [GeneratedRegex(@"(?<![0-9.≈~-])(?<n>[0-9]{2}) ?(?:周岁|岁)(?!以下|以内|以上|之间|左右|上下|以下的|内|-|~|到|至|[0-9])")]
    private static partial Regex Years();

    [GeneratedRegex(@"(?:^|[ ,人])[男女] ?(?<n>[0-9]{2})(?![0-9年月号天个点元块.岁男女]| ?(?:男|女|-|~|到|以|周岁))")]
    private static partial Regex SexAge();

    [GeneratedRegex(@"(?:今年|本人|年龄)[:：]? ?(?<n>[0-9]{2})(?![0-9年月号天个点元块])")]
    private static partial Regex ThisYear();
}
