namespace ZeroWork.Bot.Understanding;

/// <summary>Self-corrections (明天 不对是后天, 两百 不对 两百二): what follows the last marker wins.</summary>
internal static class Corrections
{
    private static readonly string[] Markers = ["不对", "说错了", "搞错了", "哦不", "更正", "改成", "改为", "改到", "应该是", "纠正"];

    /// <summary>The index just after the last correction marker, or -1.</summary>
    public static int LastMarkerEnd(string text)
    {
        var best = -1;
        foreach (var marker in Markers)
        {
            var at = text.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at + marker.Length > best)
            {
                best = at + marker.Length;
            }
        }

        return best;
    }

    /// <summary>Picks, from mentions in text order, the first one after the last correction marker if there is one, else the first.</summary>
    public static T? Pick<T>(IReadOnlyList<(int Position, T Value)> mentions, int markerEnd)
        where T : struct
    {
        if (mentions.Count == 0)
        {
            return null;
        }

        if (markerEnd >= 0)
        {
            foreach (var (position, value) in mentions)
            {
                if (position >= markerEnd)
                {
                    return value;
                }
            }
        }

        return mentions[0].Value;
    }
}
