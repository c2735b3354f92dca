namespace ZeroWork.Bot.Understanding;

/// <summary>Skill codes named in a message, sorted and unique.</summary>
internal static class SkillExtractor
{
    /// <summary>Phrases that contain a skill word but are not a kind of work (养老保险 is a policy question, 手机维修费 an expense).</summary>
    private static readonly string[] Masks = ["养老保险", "医疗保险", "包吃住", "包装修", "工地食堂", "摘掉", "摘下", "修改", "装修好", "装修公司", "水电费", "停车", "建筑工地", "小时工资", "人工客服"];

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

    private static readonly string[] Sites = ["工地", "施工", "项目", "隧道", "地铁", "工程", "电站", "桥梁"];

    private static readonly string[] Households = ["保姆", "钟点", "家政", "家务", "洗衣", "住家", "雇主", "家里", "老人", "孩子", "小孩", "宝宝", "阿姨", "卫生", "打扫"];

    private static bool OnSite(string text) => Sites.Any(w => text.Contains(w, StringComparison.Ordinal));

    private static bool InHousehold(string text) => Households.Any(w => text.Contains(w, StringComparison.Ordinal)) && !text.Contains("食堂", StringComparison.Ordinal);

    /// <summary>
    /// A post for one trade on a renovation (我是做装修的 要一个水电工) wants that trade; a worker or team naming 装修 beside
    /// their trades offers renovation as well.
    /// </summary>
    public static IReadOnlyList<string> ForPost(IReadOnlyList<string> skills) =>
        skills.Contains("renovation") && skills.Any(SkillLexicon.Trades.Contains) ? [.. skills.Where(s => s != "renovation")] : skills;

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

        // A message names a handful of skills at most: small lists, sorted once at the end, cost less than sorted sets.
        var strong = new List<string>(4);
        var weak = new List<string>(2);
        foreach (var m in matches)
        {
            AddOnce(SkillLexicon.WeakWords.Contains(m.Term) ? weak : strong, m.Value);
        }

        if (caring)
        {
            AddOnce(strong, "caregiver");
        }

        var codes = strong.Count > 0 ? strong : weak;

        // 工地招普工: on a building site, a tunnel or a civil project a general worker is a labourer, not factory staff.
        if (codes.Contains("factory") && OnSite(text) && !matches.Exists(m => m.Value == "factory" && m.Term != "普工"))
        {
            codes.Remove("factory");
            AddOnce(codes, "construction_helper");
        }

        // 会做饭: a cook, unless the work is in a household (保姆, 钟点工, 家务, 照顾老人).
        if (codes.Contains("housekeeper") && !matches.Exists(m => m.Value == "housekeeper" && m.Term != "做饭") && !InHousehold(text))
        {
            codes.Remove("housekeeper");
            AddOnce(codes, "cook");
        }

        codes.Sort(StringComparer.Ordinal);
        return codes;
    }

    private static void AddOnce(List<string> codes, string code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }
}
