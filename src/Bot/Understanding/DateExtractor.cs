using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The day work starts or the sender is free, resolved against now in China time: 今天/明天/后天/大后天/明早, 周六, 这周日,
/// 下周一, 28号, 11月28日 (a past month-day means next year). A range takes its first day; a day the work ends (干到28号,
/// 腊月二十) is not a start; a correction (明天 不对是后天) wins.
/// </summary>
internal static partial class DateExtractor
{
    // One list per thread, reused: a reading is never re-entered on its thread, and the mentions do not outlive it.
    [ThreadStatic]
    private static List<(int, DateOnly)>? reusedMentions;

    public static DateOnly? Extract(string numeric, DateOnly today)
    {
        if (numeric.Length == 0)
        {
            return null;
        }

        var mentions = reusedMentions ??= new List<(int, DateOnly)>(8);
        mentions.Clear();
        // Past the relative words, each pattern needs a character of its own (周/期/拜, 月, 号/日): checked before the regex runs.
        for (var m = Relative().Match(numeric); m.Success; m = m.NextMatch())
        {
            var days = m.Value switch
            {
                "大后天" => 3,
                "后天" => 2,
                ['明', ..] => 1,
                _ => 0,
            };
            if (!NotFree(numeric, m.Index + m.Length) && !WorkDay.IsAside(numeric, m.Index + m.Length))
            {
                Add(mentions, numeric, m.Index, today.AddDays(days));
            }
        }

        if (numeric.AsSpan().ContainsAny('周', '期', '拜'))
        {
            for (var m = Weekday().Match(numeric); m.Success; m = m.NextMatch())
            {
                var target = m.Groups["d"].ValueSpan[0] switch
                {
                    '一' or '1' => 1,
                    '二' or '2' => 2,
                    '三' or '3' => 3,
                    '四' or '4' => 4,
                    '五' or '5' => 5,
                    '六' or '6' or '末' => 6,
                    _ => 7,
                };
                var todayWd = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
                var prefix = m.Groups["p"].Value;
                DateOnly date;
                if (prefix.StartsWith("下下", StringComparison.Ordinal))
                {
                    date = today.AddDays(14 - (todayWd - 1) + (target - 1));
                }
                else if (prefix.StartsWith('下'))
                {
                    date = today.AddDays(7 - (todayWd - 1) + (target - 1));
                }
                else
                {
                    date = today.AddDays((target - todayWd + 7) % 7);
                }

                Add(mentions, numeric, m.Index, date);
            }
        }

        if (numeric.Contains('月'))
        {
            for (var m = MonthDay().Match(numeric); m.Success; m = m.NextMatch())
            {
                var month = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                var day = int.Parse(m.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(today.Year, month))
                {
                    continue;
                }

                var date = new DateOnly(today.Year, month, day);
                if (date < today.AddDays(-2))
                {
                    var nextYear = today.Year + 1;
                    date = new DateOnly(nextYear, month, Math.Min(day, DateTime.DaysInMonth(nextYear, month)));
                }

                Add(mentions, numeric, m.Index, date);
            }

            for (var m = OtherMonth().Match(numeric); m.Success; m = m.NextMatch())
            {
                var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups["p"].Value.StartsWith('下') ? 1 : 0);
                if (day >= 1 && day <= DateTime.DaysInMonth(month.Year, month.Month))
                {
                    Add(mentions, numeric, m.Index, new DateOnly(month.Year, month.Month, day));
                }
            }
        }

        if (numeric.AsSpan().ContainsAny('号', '日'))
        {
            for (var m = DayOnly().Match(numeric); m.Success; m = m.NextMatch())
            {
                var day = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
                if (day is < 1 or > 31)
                {
                    continue;
                }

                var month = new DateOnly(today.Year, today.Month, 1);
                if (day < today.Day - 2)
                {
                    month = month.AddMonths(1);
                }

                if (day > DateTime.DaysInMonth(month.Year, month.Month))
                {
                    continue;
                }

                Add(mentions, numeric, m.Index, new DateOnly(month.Year, month.Month, day));
            }
        }

        if (mentions.Count == 0)
        {
            return null;
        }

        mentions.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return Corrections.Pick(mentions, Corrections.LastMarkerEnd(numeric));
    }

    /// <summary>今天冇事 明天能干 / 明天有事: a day the sender says they cannot work is not the day.</summary>
    private static bool NotFree(string text, int end)
    {
        var tail = text.AsSpan(end, Math.Min(5, text.Length - end)).TrimStart(' ');
        return tail.StartsWith("冇事") || tail.StartsWith("没空") || tail.StartsWith("有事") || tail.StartsWith("没时间") || tail.StartsWith("不行") || tail.StartsWith("不得空") || tail.StartsWith("来不了") || tail.StartsWith("去不了");
    }

    /// <summary>Skips days the work ends (干到28号, 到5号) and paydays (每月15号).</summary>
    private static void Add(List<(int, DateOnly)> mentions, string text, int index, DateOnly date)
    {
        var before = index > 0 ? text[index - 1] : ' ';
        var before2 = index > 1 ? text[index - 2] : ' ';
        if (before is '到' or '至' or '每' or '止' || (before is '-' or '~' && index > 1 && char.IsAsciiDigit(before2)) || (before2 == '截' && before == '至'))
        {
            return;
        }

        mentions.Add((index, date));
    }

    [GeneratedRegex("今明(?=两天|2天)|大后天|后天|明天|明日|明早|明晚|明儿|明上午|明下午|明中午|今天|今日|今晚|今早|今儿|今个|当天(?!结|放|到账|发)|马上|立刻|立即|现在(?=就|马上|有空|还有|能|可以|急|需要|要人|过来|来|上工|开工|上班|缺)")]
    private static partial Regex Relative();

    [GeneratedRegex("(?<p>下下个?|下个?|这个?|本|这一)?(?<![0-9一两几三四五六七八九十半]个?)(?:周|星期|礼拜)(?<d>[一二三四五六日天1-7])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![0-9.])((?<![0-9])[0-9]{1,2})月(?:份)?((?<![0-9])[0-9]{1,2})(?:号|日)?(?![0-9])")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<p>下个?月|这个?月|本月)(?:的)?(?<d>[0-9]{1,2})(?:号|日)")]
    private static partial Regex OtherMonth();

    [GeneratedRegex(@"(?<![0-9.月~≈-])((?<![0-9])[0-9]{1,2})(?:号|日)(?!楼|线|院|门|房|室|车间|床|店|仓|库|厂|机|地块|公寓|口|元|块|结|薪|工资)")]
    private static partial Regex DayOnly();
}
