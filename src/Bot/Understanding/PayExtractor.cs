using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Pay from the digit-normalised text: 一天180 / 180一天 / 日薪180 (day), 时薪20 / 一个小时30块 (hour), 月薪4500-6500 / 4500一个月
/// (month), 一平米38元 / 一吨15 / 一斤3毛 / 一千块砖12元 (piece), 包干800 / 一个人三百包干 (job); ranges, 以上 and + leave the
/// upper bound open. Not pay: 包吃住, estimates (两三百), fees, deposits and amounts owed, areas and counts.
/// </summary>
internal static partial class PayExtractor
{
    // One list per thread, reused: a reading is never re-entered on its thread, and the mentions do not outlive it.
    [ThreadStatic]
    private static List<(int, PayReading)>? reusedMentions;

    public static PayReading? Extract(string numeric) => Extract(numeric, SkillLexicon.Scanner.Scan(numeric));

    /// <param name="trades">The trade words found in <paramref name="numeric"/>: pays told apart by one belong to different trades.</param>
    public static PayReading? Extract(string numeric, IReadOnlyList<TermMatch<string>> trades)
    {
        if (numeric.Length == 0)
        {
            return null;
        }

        if (!HasDigit(numeric))
        {
            return UnitOnly(numeric);
        }

        var mentions = reusedMentions ??= new List<(int, PayReading)>(8);
        mentions.Clear();
        for (var m = UnitFirst().Match(numeric); m.Success; m = m.NextMatch())
        {
            TryAdd(mentions, numeric, m, UnitOf(m.Groups["u"].ValueSpan));
        }

        for (var m = AmountFirst().Match(numeric); m.Success; m = m.NextMatch())
        {
            TryAdd(mentions, numeric, m, UnitOf(m.Groups["u"].ValueSpan));
        }

        // Both rarer patterns lead with an amount, so the regex would try every number: run them only where their words occur.
        if (numeric.AsSpan().ContainsAny(PerHeadChars))
        {
            for (var m = PerHead().Match(numeric); m.Success; m = m.NextMatch())
            {
                TryAdd(mentions, numeric, m, "job");
            }
        }

        if (numeric.Contains("包干", StringComparison.Ordinal) || numeric.Contains("口价", StringComparison.Ordinal) || numeric.Contains("全包", StringComparison.Ordinal))
        {
            for (var m = JobAfter().Match(numeric); m.Success; m = m.NextMatch())
            {
                TryAdd(mentions, numeric, m, "job");
            }
        }

        AddTradeRates(mentions, numeric, trades);
        if (mentions.Count == 0)
        {
            for (var m = Given().Match(numeric); m.Success; m = m.NextMatch())
            {
                TryAdd(mentions, numeric, m, "job");
            }
        }

        if (mentions.Count == 0)
        {
            for (var m = Labelled().Match(numeric); m.Success; m = m.NextMatch())
            {
                TryAdd(mentions, numeric, m, null);
            }
        }

        if (mentions.Count == 0)
        {
            // 深圳南山 6k-8k: a bare range of four- or five-figure amounts is a monthly wage.
            var range = MonthlyRange().Match(numeric);
            if (range.Success)
            {
                TryAdd(mentions, numeric, range, "month");
            }
        }

        if (mentions.Count == 0)
        {
            return UnitOnly(numeric);
        }

        mentions.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        var marker = Corrections.LastMarkerEnd(numeric);
        var pay = Corrections.Pick(mentions, marker)!.Value;
        if (marker < 0 && mentions.Count > 1)
        {
            return Across(numeric, mentions, trades, pay);
        }

        if (marker > 0 && mentions.TrueForAll(x => x.Item1 < marker))
        {
            var corrected = BareAmount().Match(numeric, marker);
            if (corrected.Success && TryAmount(corrected.Groups["a"], corrected.Groups["cur"].ValueSpan, out var value) && Plausible(value, pay.Unit))
            {
                pay = new PayReading(value, value, pay.Unit);
            }
        }

        return pay;
    }

    /// <summary>
    /// 钢筋工 一天380 / 木工 一天400 / 小工 一天220 → 220–400: the post's pay spans its trades' pays in the first one's unit. A
    /// second amount for the same trade (一天180 干得好200) is not another item. Each mention's position is where its match starts.
    /// </summary>
    private static PayReading Across(string text, List<(int, PayReading)> mentions, IReadOnlyList<TermMatch<string>> trades, PayReading first)
    {
        var min = first.Min;
        var max = first.Max;
        var open = first.Max is null;
        var last = mentions[0].Item1;
        for (var i = 1; i < mentions.Count; i++)
        {
            var (at, p) = mentions[i];
            if (p.Unit != first.Unit || at == last || !(TradeItems.TradeBetween(trades, last, at) || TradeItems.BySex(text, last, at)))
            {
                continue;
            }

            last = at;
            min = p.Min < min ? p.Min : min;
            open |= p.Max is null;
            max = p.Max > max ? p.Max : max;
        }

        return new PayReading(min, open ? null : max, first.Unit);
    }

    /// <summary>
    /// 泥工三百小工两百 / 保安2600 保洁2200 / 刷漆 1个 三百: an amount right after a trade word (and its count) is that trade's pay,
    /// a day's under 1000 and a month's from 1000. The amount's position is the mention's, so a trade word stands between two.
    /// </summary>
    private static void AddTradeRates(List<(int, PayReading)> mentions, string numeric, IReadOnlyList<TermMatch<string>> trades)
    {
        for (var i = 0; i < trades.Count; i++)
        {
            var t = trades[i];
            var m = TradeRate().Match(numeric, t.End, Math.Min(numeric.Length - t.End, 24));
            if (!m.Success || m.Index != t.End || MentionBetween(mentions, t.End, m.Groups["a"].Index))
            {
                continue;
            }

            var before = mentions.Count;
            TryAdd(mentions, numeric, m, null);
            if (mentions.Count > before)
            {
                mentions[^1] = (m.Groups["a"].Index, mentions[^1].Item2);
            }
        }
    }

    private static bool MentionBetween(List<(int, PayReading)> mentions, int from, int to)
    {
        foreach (var (at, _) in mentions)
        {
            if (at >= from && at <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>包工 价格面议 / 按平米包 / 计件: how pay is counted, with no amount given.</summary>
    private static PayReading? UnitOnly(string numeric)
    {
        var m = UnitWord().Match(numeric);
        if (!m.Success)
        {
            return null;
        }

        return new PayReading(null, null, m.Value.StartsWith('包') || m.Value.StartsWith("承包", StringComparison.Ordinal) ? "job" : "piece");
    }

    private static bool HasDigit(string s) => s.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>The unit a matched unit word gives; read from the match's span, so no string is made per mention.</summary>
    private static string? UnitOf(ReadOnlySpan<char> word) => word switch
    {
        "" => null,
        _ when word.Contains("小时", StringComparison.Ordinal) || word.Contains('钟') || word.StartsWith("时薪", StringComparison.Ordinal) || word is "/时" => "hour",
        _ when word.Contains('月') || word is "底薪" => "month",
        _ when word.Contains("包干", StringComparison.Ordinal) || word.Contains("口价", StringComparison.Ordinal) || word.Contains("总价", StringComparison.Ordinal) || word.Contains("全包", StringComparison.Ordinal) || word.Contains("包工", StringComparison.Ordinal) || word.Contains("承包", StringComparison.Ordinal) || word.Contains('价') => "job",
        _ when word.ContainsAny(DayChars) => "day",
        _ => "piece",
    };

    private static readonly SearchValues<char> DayChars = SearchValues.Create("天日工晚夜班");

    private static void TryAdd(List<(int, PayReading)> mentions, string text, Match m, string? unit)
    {
        var a = m.Groups["a"];
        if (!a.Success || IsNotPay(text, a.Index, m.Index, a.Index + a.Length))
        {
            return;
        }

        var cur = m.Groups["cur"].ValueSpan;
        if (!TryAmount(a, cur, out var min))
        {
            return;
        }

        decimal? max = min;
        var b = m.Groups["b"];
        if (b.Success && TryAmount(b, cur, out var upper))
        {
            if (upper < min)
            {
                return;
            }

            max = upper;
        }

        if (m.Groups["plus"].Success && m.Groups["plus"].Length > 0)
        {
            max = null;
        }

        unit ??= min >= 1000 ? "month" : "day";
        if (!Plausible(min, unit) || (max is { } mx && !Plausible(mx, unit)))
        {
            return;
        }

        mentions.Add((m.Index, new PayReading(min, max, unit)));
    }

    private static bool TryAmount(Group g, ReadOnlySpan<char> currency, out decimal value)
    {
        if (!decimal.TryParse(g.ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        if (currency is "毛")
        {
            value /= 10;
        }

        return true;
    }

    private static bool Plausible(decimal value, string? unit) => unit switch
    {
        "day" => value is >= 30 and <= 5000,
        "hour" => value is >= 5 and <= 1000,
        "month" => value is >= 300 and <= 200000,
        "piece" => value is > 0 and <= 20000,
        "job" => value is >= 20 and <= 1000000,
        _ => false,
    };

    /// <summary>Estimates (两三百 → 200≈300), amounts owed or paid out as fees, deposits and fares, counts, ages, dates and times.</summary>
    private static bool IsNotPay(string text, int amountStart, int matchStart, int amountEnd)
    {
        var prev = amountStart > 0 ? text[amountStart - 1] : ' ';
        var prev2 = amountStart > 1 ? text[amountStart - 2] : ' ';
        var datePrefix = prev is '月' or '年' && (char.IsAsciiDigit(prev2) || prev2 is '腊' or '正' or '冬' or '今' or '明');
        if (prev is ChineseNumerals.Approx or '第' || datePrefix || (amountEnd < text.Length && text[amountEnd] is ChineseNumerals.Approx or '号' or '日'))
        {
            return true; // an estimate (两三百), or a date (腊月20, 5号)
        }

        var from = Math.Max(0, matchStart - 4);
        var before = text.AsSpan(from, matchStart - from);
        foreach (var word in NotPayWords)
        {
            if (before.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NotPayWords = ["押金", "介绍费", "费", "欠", "扣", "罚", "路费", "报销", "交了", "赔", "只给", "给了", "拖", "压了", "垫", "补贴"];

    // PerHead starts with 人 (1个人, 每人), 整 (整栋) or 全 (全部).
    private static readonly SearchValues<char> PerHeadChars = SearchValues.Create("人整全");

    private const string Num = @"(?<![0-9.])(?<a>[0-9]+(?:\.[0-9]+)?)(?: ?(?:-|~|到|至) ?(?<b>[0-9]+(?:\.[0-9]+)?))? ?(?<cur>元|块钱|块|毛)?(?<plus>以上|\+|多|起)?";

    [GeneratedRegex(@"(?<u>月均|月入|综合月薪|日薪|日工资|每天|每日|[1一]天|1日|1个工|每个工|每晚|[1一]晚上?|[1一]个晚上|[1一]夜|1个班|每班|时薪|每小时|1个?小时|1个钟头?|小时工资|小时工|日结|月薪|月工资|月收入|底薪|1个月|每个?月|工资1个月|包干价?|1口价|总价|全包价?|包工价?|承包价?|出价|给价|(?:1|一|每)[0-9]{0,4} ?(?:块砖|件|单|平米|平方米|平方|平|方|吨|斤|筐|箱|袋|车|亩|趟|桶|株|棵|张|套|台|公斤|户|间))[:：]? ?[^ 0-9要招需缺找个名人位岁号点天月年,.包]{0,2}? ?" + Num + @"(?![0-9个名人位岁号点楼层套件台平方吨斤车趟天月结小])")]
    private static partial Regex UnitFirst();

    [GeneratedRegex(Num + @" ?(?<u>/天|/日|/小时|/时|/月|/件|/单|/平米?|/方|/吨|/斤|(?:1|一|每) ?个?(?:天|日|小时|钟头|月|工|件|单|平米|平方|平|方|吨|斤|筐|箱|趟|晚上|晚|夜|班))")]
    private static partial Regex AmountFirst();

    /// <summary>一个人两百 / 每人300 (no time unit after it) / 整栋8000: a rate for the whole job.</summary>
    [GeneratedRegex(@"(?:(?<![0-9])1 ?个?人|每人|每个人|整栋|整套|整个|全部) ?" + Num + @"(?![0-9个名人位岁号点楼层]| ?(?:/|1|每) ?个?(?:天|日|小时|钟|月|晚|班|工|平|方|吨|件))")]
    private static partial Regex PerHead();

    /// <summary>给200 / 给400 with no unit after it: the price of the task.</summary>
    [GeneratedRegex(@"给 ?" + Num + @"(?![0-9个名人位岁号点楼层套件台平方吨斤车趟天月结小]| ?(?:/|1|每) ?个?(?:天|日|小时|钟|月|晚|班|工))")]
    private static partial Regex Given();

    [GeneratedRegex(@"^ ?(?:[0-9]+ ?(?:个|名|人) ?)?(?:月薪|日薪|工资)? ?" + Num + @"(?![0-9个名人位岁号点楼层套件台平方吨斤车趟天月结年%]|小(?!工))")]
    private static partial Regex TradeRate();

    [GeneratedRegex("包工(?!包料|头)|包干|包给|按平米包|按平方包|按方包|计件|按件|按平米|按平方|按方算|按吨|按车")]
    private static partial Regex UnitWord();

    [GeneratedRegex(Num + @" ?(?<u>包干|1口价|全包)")]
    private static partial Regex JobAfter();

    [GeneratedRegex(@"(?:工资|薪资|薪水|待遇|报酬|工钱|价格|价钱|日结)[:：]? ?(?:是|为|给)? ?" + Num + @"(?![0-9个名人位岁号点天月楼层小])")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![0-9.\-])(?<a>[1-9][0-9]{3,4}) ?(?:-|~|到|至) ?(?<b>[1-9][0-9]{3,4})(?![0-9\-])(?<plus>)")]
    private static partial Regex MonthlyRange();

    [GeneratedRegex(@"(?<![0-9.])(?<a>[0-9]+(?:\.[0-9]+)?) ?(?<cur>元|块钱|块|毛)?")]
    private static partial Regex BareAmount();
}
