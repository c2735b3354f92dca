namespace ZeroWork.Bot.Understanding;

/// <summary>Skill codes named in a message, sorted and unique.</summary>
internal static class SkillExtractor
{
    /// <summary>Phrases that contain a skill word but are not a kind of work (养老保险 is a policy question, 手机维修费 an expense).</summary>
    private static readonly string[] Masks = ["养老保险", "医疗保险", "包吃住", "包装修", "工地食堂", "摘掉", "摘下", "修改", "装修好", "装修公司", "水电费", "停车", "建筑工地", "小时工资"];

    public static IReadOnlyList<string> Extract(string plain)
    {
        var text = plain;
        foreach (var mask in Masks)
        {
            if (text.Contains(mask, StringComparison.Ordinal))
            {
                text = text.Replace(mask, new string(' ', mask.Length), StringComparison.Ordinal);
            }
        }

        var matches = SkillLexicon.Scanner.Scan(text);
        if (matches.Count == 0)
        {
            return [];
        }

        var strong = new SortedSet<string>(StringComparer.Ordinal);
        var weak = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            (SkillLexicon.WeakWords.Contains(m.Term) ? weak : strong).Add(m.Value);
        }

        var codes = strong.Count > 0 ? strong : weak;
        if (codes.Contains("renovation") && codes.Overlaps(SkillLexicon.Trades))
        {
            codes.Remove("renovation");
        }

        return [.. codes];
    }
}
