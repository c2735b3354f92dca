namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Board posts list several trades, each with its own count and pay (钢筋工6名 一天380 / 木工4名 一天400). Two counts or two pays
/// belong to different trades when a trade word stands between them; without one they are the same item said twice.
/// </summary>
internal static class TradeItems
{
    /// <summary>Whether a trade word starts in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool TradeBetween(IReadOnlyList<TermMatch<string>> trades, int from, int to)
    {
        // Indexed, not foreach: through the interface each call would box an enumerator, and long posts ask once per mention.
        for (var i = 0; i < trades.Count; i++)
        {
            var t = trades[i];
            if (t.Start >= from && t.Start < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a trade word ends just before [<paramref name="start"/>, <paramref name="end"/>) or starts just after it (瓦工3个, 3个瓦工).</summary>
    public static bool NextTo(IReadOnlyList<TermMatch<string>> trades, int start, int end)
    {
        for (var i = 0; i < trades.Count; i++)
        {
            var t = trades[i];
            if (EndsJustBefore(t, start) || (t.Start >= end && t.Start <= end + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a trade word ends at most two characters before <paramref name="start"/> (木工2个, 瓦工 3个).</summary>
    public static bool RightBefore(IReadOnlyList<TermMatch<string>> trades, int start)
    {
        for (var i = 0; i < trades.Count; i++)
        {
            if (EndsJustBefore(trades[i], start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many trade words lie wholly in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static int CountWithin(IReadOnlyList<TermMatch<string>> trades, int from, int to)
    {
        var n = 0;
        for (var i = 0; i < trades.Count; i++)
        {
            if (trades[i].Start >= from && trades[i].End <= to)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>男一天两百 女一天一百六 / 男工10名 女工5名: pays or counts told apart by sex are two items, as by a trade word.</summary>
    public static bool BySex(string text, int from, int to)
    {
        var between = text.AsSpan(from, Math.Max(0, to - from));
        return between.ContainsAny('女', '男');
    }

    private static bool EndsJustBefore(TermMatch<string> trade, int start) => trade.End <= start && trade.End >= start - 2;
}
