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
            if (StartsWithAny(after, NotWorkers) || PrecededBy(numeric, start, "每") || (n == 1 && PerPerson(match.ValueSpan, after)))
            {
                continue;
            }

            if (start > 0 && numeric[start - 1] == '各')
            {
                // 理货员 收银员 各2名: the count is each trade's, so it is as many times the trades it follows.
                n *= Math.Max(1, TradeItems.CountWithin(trades, items is { Count: > 0 } ? items[^1].End : 0, start));
                (items ??= []).Add((match.Index, match.Index + match.Length, n));
                continue;
            }

            if (HireVerbs.Any(v => PrecededBy(numeric, start, v)) || FollowedByWorker(after) || match.Value.EndsWith('名') || match.Value.EndsWith('人') || (TradeItems.RightBefore(trades, start) && !after.IsEmpty && after[0] is '(' or ')' or ';' or ':' or '/'))
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

        AddListed(numeric, trades, ref items);
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
            if (TradeItems.TradeBetween(trades, items[i - 1].End, items[i].Start) || TradeItems.BySex(numeric, items[i - 1].End, items[i].Start))
            {
                rest += items[i].N;
                parts++;
            }
        }

        if (parts == 1)
        {
            return VagueTrade(numeric, trades) ? null : total;
        }

        if (rest == total && !TradeItems.NextTo(trades, items[0].Start, items[0].End))
        {
            return total;
        }

        return VagueTrade(numeric, trades) ? null : total + rest;
    }

    /// <summary>普工若干 / 服务员几名: a trade wanted in a number the post does not state.</summary>
    private static bool VagueTrade(string numeric, IReadOnlyList<TermMatch<string>> trades)
    {
        for (var m = Vague().Match(numeric); m.Success; m = m.NextMatch())
        {
            if (TradeItems.TradeBetween(trades, Math.Max(0, m.Index - 6), m.Index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// 一个人三百, 一人包干150: a rate per person, not one head. 司机1名 一天500 and 刷漆 1个 三百 are one head and its pay: a
    /// count of 名/位, or of 个 set apart by a space, is no rate per person.
    /// </summary>
    private static bool PerPerson(ReadOnlySpan<char> count, ReadOnlySpan<char> after)
    {
        if (count.EndsWith("名") || count.EndsWith("位") || (count.EndsWith("个") && after.StartsWith(" ")))
        {
            return false;
        }

        var rest = after.TrimStart('人').TrimStart(' ');
        return !rest.IsEmpty && (char.IsAsciiDigit(rest[0]) || rest.StartsWith("包") || rest.StartsWith("一天") || rest.StartsWith("1天"));
    }

    /// <summary>
    /// Counts a list of trades gives without a measure word (电工2 水暖工2, 木工15 钢筋12 架子工6) and the 要个/找个 of one trade
    /// among counted ones (要个泥工 一个小工): items of the post like those the measure words mark. A bare number counts heads
    /// only written right after a trade word (a list's ① ② stand apart), one or two digits, and not followed by a unit
    /// (电工2级, 焊工3年, 小工200).
    /// </summary>
    private static void AddListed(string numeric, IReadOnlyList<TermMatch<string>> trades, ref List<(int Start, int End, int N)>? items)
    {
        if (trades.Count == 0)
        {
            return;
        }

        var listed = items;
        foreach (var t in trades)
        {
            if (SkillLexicon.WeakWords.Contains(t.Term))
            {
                continue; // 配件厂 1 电焊工: a workplace, then a list's number
            }

            var i = t.End;
            if (i < numeric.Length && numeric[i] is '工' or '员')
            {
                i++; // 架子工6, 水暖工2: the lexicon's word is 架子, 水暖
            }

            var d = i;
            while (d < numeric.Length && d - i < 3 && char.IsAsciiDigit(numeric[d]))
            {
                d++;
            }

            if (d > i && d - i <= 2 && numeric[i] != '0' && !Covered(listed, i) && IsBareCount(numeric, d))
            {
                (items ??= []).Add((i, d, int.Parse(numeric.AsSpan(i, d - i), CultureInfo.InvariantCulture)));
            }
        }

        for (var at = numeric.IndexOf("人数", StringComparison.Ordinal); at >= 0; at = numeric.IndexOf("人数", at + 2, StringComparison.Ordinal))
        {
            // 钢筋工 人数10: a count labelled as one
            var i = at + 2;
            while (i < numeric.Length && numeric[i] is ':' or ' ')
            {
                i++;
            }

            var d = i;
            while (d < numeric.Length && d - i < 4 && char.IsAsciiDigit(numeric[d]))
            {
                d++;
            }

            if (d > i && numeric[i] != '0' && !Covered(items, i))
            {
                (items ??= []).Add((i, d, int.Parse(numeric.AsSpan(i, d - i), CultureInfo.InvariantCulture)));
            }
        }

        if (items is { Count: > 0 })
        {
            foreach (var t in trades)
            {
                var s = t.Start;
                if (s >= 2 && numeric[s - 1] == '个' && numeric[s - 2] is '要' or '找' or '请' or '招' && !Covered(items, s))
                {
                    items.Add((s - 1, s, 1));
                }
            }

            items.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool Covered(List<(int Start, int End, int N)>? items, int at) => items is not null && items.Exists(x => at >= x.Start - 1 && at < x.End + 1);

    /// <summary>The digits end where the item ends: at the end, at a space or a mark, or where the next trade or its pay begins.</summary>
    private static bool IsBareCount(string numeric, int end)
    {
        var k = end;
        while (k < numeric.Length && numeric[k] == ' ')
        {
            k++;
        }

        if (k == numeric.Length)
        {
            return true;
        }

        var c = numeric[k];
        if (c == '1' && k > end && k + 1 < numeric.Length && numeric[k + 1] is '天' or '个' or '小' or '晚' or '月' or '平' or '方' or '吨' or '车')
        {
            return true; // 小工2 一天180: the pay per day follows
        }

        if (c == '小' && k + 1 < numeric.Length && numeric[k + 1] == '时')
        {
            return false; // 2小时
        }

        return !char.IsAsciiDigit(c) && !char.IsAsciiLetter(c) && !NotHeads.Contains(c, StringComparison.Ordinal) && (k > end || c is ',' or '!' or ';' or '/' || SkillLexicon.Scanner.Scan(numeric, k, Math.Min(k + 6, numeric.Length)) is [var first, ..] && first.Start == k);
    }

    /// <summary>What a number of anything but heads is followed by.</summary>
    private const string NotHeads = "年月天日岁号点元块钱个名位人时分米平方吨斤%级层楼栋千万百-~到至.:+以多";

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
