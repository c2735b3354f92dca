using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// How many workers an employer wants: 要5个人 / 招保安两名 / 瓦工2个 / 200人 / 要俩小工 → the number; 要个电工 / 找一位保洁 /
/// 请一个月嫂 → 1; 几个 / 若干 / 四五个 (an estimate) → none. Durations and areas (一个月, 两个小时, 100个平方) are not heads.
/// </summary>
internal static partial class HeadcountExtractor
{
    public static int? Extract(string numeric)
    {
        if (numeric.Length == 0)
        {
            return null;
        }

        var match = Count().Match(numeric);
        while (match.Success)
        {
            var start = match.Groups["n"].Index;
            var before = start > 0 ? numeric[start - 1] : ' ';
            var fee = start >= 1 && IsPayContext(numeric, start);
            if (before != ChineseNumerals.Approx && !fee
                && int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 5000)
            {
                return n;
            }

            match = match.NextMatch();
        }

        return One().IsMatch(numeric) ? 1 : null;
    }

    /// <summary>一个人三百 is a rate per head, not a count.</summary>
    private static bool IsPayContext(string text, int start)
    {
        var from = Math.Max(0, start - 2);
        return text.AsSpan(from, start - from).Contains("每", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\d.≈~-])(?<n>\d{1,4})\s?(?:个|名|位|人(?!民|员工资)|口人)(?!月(?!嫂)|多月|来月|小时|钟|星期|礼拜|平|方|工作日|周|年|岁|楼|层|点|号|单|件|钟头|亿|万|宝宝|孩子|小孩)")]
    private static partial Regex Count();

    [GeneratedRegex(@"(?:要|找|招|请|雇|缺|需要|需)(?:1|一)?(?:个|位|名)(?!月(?!嫂)|小时|星期|礼拜|平方|钟头|人说|事|活|工作|地方|长期|短期|住|事做|好|合适)")]
    private static partial Regex One();
}
