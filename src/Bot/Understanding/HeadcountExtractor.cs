using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// How many workers an employer wants: 要5个人 / 招保安两名 / 瓦工2个 / 200人 / 要俩小工 → the number; 要个电工 / 找一位保洁 /
/// 请一个月嫂 → 1; 几个 / 若干 / 四五个 (an estimate) → none. Durations and areas (一个月, 两个小时, 100个平方) are not heads, and
/// a count tied to hiring (缺两个架子工) beats one that is not (一个工地).
/// </summary>
internal static partial class HeadcountExtractor
{
    private static readonly string[] HireVerbs = ["要", "招", "缺", "需", "请", "找", "共", "雇", "聘"];

    private static readonly string[] Totals = ["共", "总", "合计"];

    private static readonly string[] NotWorkers = ["工地", "工厂", "地方", "饭店", "公司", "小区", "门面", "仓库", "家", "店"];

    public static int? Extract(string numeric) => Extract(numeric, SkillLexicon.Scanner.Scan(numeric));

    /// <param name="trades">The trade words found in <paramref name="numeric"/>.</param>
    public static int? Extract(string numeric, IReadOnlyList<TermMatch<string>> trades)
    {
        if (numeric.Length == 0)
        {
            return null;
        }

        int? fallback = null;
        List<(int Start, int End, int N)>? items = null;
        for (var match = Count().Match(numeric); match.Success; match = match.NextMatch())
        {
            var g = match.Groups["n"];
            var start = g.Index;
            if (start > 0 && numeric[start - 1] == ChineseNumerals.Approx)
            {
                continue;
            }

            if (!int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is <= 0 or > 5000)
            {
                continue;
            }

            var after = numeric.AsSpan(match.Index + match.Length);
            if (StartsWithAny(after, NotWorkers) || PrecededBy(numeric, start, "每") || (n == 1 && PerPerson(after)))
            {
                continue;
            }

            if (HireVerbs.Any(v => PrecededBy(numeric, start, v)) || FollowedByWorker(after) || match.Value.EndsWith('名') || match.Value.EndsWith('人'))
            {
                if (Totals.Any(t => PrecededBy(numeric, start, t)))
                {
                    return n; // 一共要5个人: the post says the total itself
                }

                (items ??= []).Add((match.Index, match.Index + match.Length, n));
                continue;
            }

            fallback ??= n;
        }

        if (items is null)
        {
            return fallback ?? (One().IsMatch(numeric) ? 1 : null);
        }

        return Sum(numeric, trades, items);
    }

    /// <summary>
    /// 钢筋工6名 木工4名 小工5名 → 15: counts told apart by a trade word are different items of one post. A first count that the
    /// others add up to is the total (要5个人 瓦工3个 小工2个); a trade wanted in an unstated number (杂工若干) leaves the total unknown.
    /// </summary>
    private static int? Sum(string numeric, IReadOnlyList<TermMatch<string>> trades, List<(int Start, int End, int N)> items)
    {
        var total = items[0].N;
        var rest = 0;
        var parts = 1;
        for (var i = 1; i < items.Count; i++)
        {
            if (TradeItems.TradeBetween(trades, items[i - 1].End, items[i].Start))
            {
                rest += items[i].N;
                parts++;
            }
        }

        if (parts == 1)
        {
            return total;
        }

        if (rest == total && !TradeItems.NextTo(trades, items[0].Start, items[0].End))
        {
            return total;
        }

        for (var m = Vague().Match(numeric); m.Success; m = m.NextMatch())
        {
            if (TradeItems.TradeBetween(trades, Math.Max(0, m.Index - 6), m.Index))
            {
                return null;
            }
        }

        return total + rest;
    }

    /// <summary>一个人三百, 一人包干150: a rate per person, not one head.</summary>
    private static bool PerPerson(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart('人').TrimStart(' ');
        return !rest.IsEmpty && (char.IsAsciiDigit(rest[0]) || rest.StartsWith("包") || rest.StartsWith("一天") || rest.StartsWith("1天"));
    }

    private static bool PrecededBy(string text, int start, string word)
    {
        var from = Math.Max(0, start - word.Length - 1);
        return text.AsSpan(from, start - from).Contains(word, StringComparison.Ordinal);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByWorker(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] is ' ' or ',' or '!' or '.' || after.StartsWith("人") || after.StartsWith("师傅") || after.StartsWith("阿姨") || after.StartsWith("工人"))
        {
            return true;
        }

        var head = after[..Math.Min(6, after.Length)].ToString();
        return SkillLexicon.Scanner.Scan(head) is [{ Start: 0 }, ..];
    }

    [GeneratedRegex(@"(?<![0-9.≈~-])(?<n>[0-9]{1,4}) ?(?:个|名|位|人(?!民|员工资)|口人)(?!月(?!嫂)|多月|来月|小时|钟|星期|礼拜|平|方|工作日|周|年|岁|楼|层|点|号|单|件|钟头|亿|万|宝宝|孩子|小孩)")]
    private static partial Regex Count();

    [GeneratedRegex("若干|(?<![0-9])几(?:个|名|位)|数名|多名")]
    private static partial Regex Vague();

    [GeneratedRegex(@"(?:要|找|招|请|雇|缺|需要|需)(?:1|一)?(?:个|位|名)(?!月(?!嫂)|小时|星期|礼拜|平方|钟头|人说|事|活|工作|地方|长期|短期|住|事做|好|合适)")]
    private static partial Regex One();
}
