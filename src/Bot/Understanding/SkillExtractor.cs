namespace ZeroWork.Bot.Understanding;

/// <summary>Skill codes named in a message, sorted and unique.</summary>
internal static class SkillExtractor
{
    /// <summary>Phrases that contain a skill word but are not a kind of work (养老保险 is a policy question, 手机维修费 an expense).</summary>
    private static readonly string[] Masks = ["养老保险", "医疗保险", "包吃住", "包装修", "工地食堂", "摘掉", "摘下", "修改", "装修好", "装修公司", "水电费", "停车", "建筑工地", "小时工资"];

    private static readonly string[] CaredFor = ["老人", "老太", "老爷", "病人", "瘫痪", "失能", "老母亲", "老父亲", "卧床"];

    /// <summary>照顾一位老人, 照顾我家老太太: care for a person, however it is phrased.</summary>
    private static bool CaresForSomeone(string text)
    {
        var at = text.IndexOf("照顾", StringComparison.Ordinal);
        while (at >= 0)
        {
            var window = text.AsSpan(at + 2, Math.Min(6, text.Length - at - 2));
            foreach (var who in CaredFor)
            {
                if (window.Contains(who, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            at = text.IndexOf("照顾", at + 2, StringComparison.Ordinal);
        }

        return false;
    }

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
        var caring = CaresForSomeone(text);
        if (matches.Count == 0 && !caring)
        {
            return [];
        }

        var strong = new SortedSet<string>(StringComparer.Ordinal);
        var weak = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            (SkillLexicon.WeakWords.Contains(m.Term) ? weak : strong).Add(m.Value);
        }

        if (caring)
        {
            strong.Add("caregiver");
        }

        var codes = strong.Count > 0 ? strong : weak;

        // 工地招普工: on a building site a general worker is a labourer, not factory staff.
        if (codes.Contains("factory") && text.Contains("工地", StringComparison.Ordinal) && !matches.Exists(m => m.Value == "factory" && m.Term != "普工"))
        {
            codes.Remove("factory");
            codes.Add("construction_helper");
        }
        if (codes.Contains("renovation") && codes.Overlaps(SkillLexicon.Trades))
        {
            codes.Remove("renovation");
        }

        return [.. codes];
    }
}
