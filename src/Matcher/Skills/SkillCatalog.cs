namespace ZeroWork.Matcher.Skills;

/// <summary>The parse contract's skill codes, each with a bit for the index's masks, a short Chinese name for pushes, and the explicit table of close skills.</summary>
public static class SkillCatalog
{
    private static readonly (string Code, string Name)[] Entries =
    [
        ("porter", "搬运"),
        ("mover", "搬家"),
        ("construction_helper", "小工"),
        ("bricklayer", "瓦工"),
        ("carpenter", "木工"),
        ("rebar", "钢筋工"),
        ("scaffolder", "架子工"),
        ("electrician", "电工"),
        ("plumber", "水暖工"),
        ("welder", "焊工"),
        ("painter", "油漆工"),
        ("renovation", "装修"),
        ("cleaner", "保洁"),
        ("housekeeper", "家政"),
        ("caregiver", "护工"),
        ("nanny", "育儿嫂"),
        ("cook", "帮厨"),
        ("waiter", "服务员"),
        ("dishwasher", "洗碗工"),
        ("sorter", "分拣"),
        ("courier", "配送"),
        ("driver", "司机"),
        ("forklift", "叉车工"),
        ("security", "保安"),
        ("gardener", "绿化"),
        ("farmhand", "农活"),
        ("sewing", "缝纫"),
        ("factory", "普工"),
        ("repair", "维修"),
        ("promoter", "促销"),
        ("other", "零工"),
    ];

    /// <summary>Work a person who does one can usually do the other; kept short and explicit on purpose (the measures promise matching, not guessing).</summary>
    private static readonly (string A, string B)[] ClosePairs =
    [
        ("construction_helper", "porter"),
        ("bricklayer", "construction_helper"),
        ("scaffolder", "construction_helper"),
        ("rebar", "construction_helper"),
        ("porter", "mover"),
        ("porter", "sorter"),
        ("sorter", "factory"),
        ("cleaner", "housekeeper"),
        ("housekeeper", "caregiver"),
        ("housekeeper", "nanny"),
        ("cook", "dishwasher"),
        ("waiter", "dishwasher"),
        ("electrician", "plumber"),
        ("plumber", "repair"),
        ("electrician", "repair"),
        ("painter", "renovation"),
        ("carpenter", "renovation"),
        ("courier", "driver"),
        ("gardener", "farmhand"),
    ];

    private static readonly Dictionary<string, int> BitOf = Entries
        .Select((e, i) => (e.Code, i))
        .ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);

    private static readonly ulong[] CloseMaskOfBit = BuildCloseMasks();

    public static IReadOnlyList<string> Codes { get; } = [.. Entries.Select(e => e.Code)];

    public static bool IsKnown(string code) => BitOf.ContainsKey(code);

    /// <summary>Short Chinese name for a code; unknown codes read as 零工.</summary>
    public static string NameOf(string code) => BitOf.TryGetValue(code, out var bit) ? Entries[bit].Name : "零工";

    /// <summary>Chinese name of the first skill of a post, or 零工.</summary>
    public static string NameOf(IReadOnlyList<string> codes) => codes.Count == 0 ? "零工" : NameOf(codes[0]);

    /// <summary>The code whose Chinese name is <paramref name="name"/>, for searches typed in words.</summary>
    public static string? CodeOfName(string name) => Entries.FirstOrDefault(e => e.Name == name).Code;

    /// <summary>One bit per code; codes outside the contract count as <c>other</c>.</summary>
    public static ulong MaskOf(IEnumerable<string> codes)
    {
        ulong mask = 0;
        foreach (var code in codes)
        {
            mask |= 1UL << (BitOf.TryGetValue(code, out var bit) ? bit : BitOf["other"]);
        }

        return mask;
    }

    /// <summary>The skills close to any of <paramref name="exact"/>, without the exact ones.</summary>
    public static ulong CloseMaskOf(ulong exact)
    {
        ulong close = 0;
        for (var bit = 0; bit < Entries.Length; bit++)
        {
            if ((exact & (1UL << bit)) != 0)
            {
                close |= CloseMaskOfBit[bit];
            }
        }

        return close & ~exact;
    }

    public static bool AreClose(string a, string b) =>
        BitOf.TryGetValue(a, out var bit) && (CloseMaskOfBit[bit] & MaskOf([b])) != 0;

    private static ulong[] BuildCloseMasks()
    {
        var masks = new ulong[Entries.Length];
        var index = Entries.Select((e, i) => (e.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        foreach (var (a, b) in ClosePairs)
        {
            masks[index[a]] |= 1UL << index[b];
            masks[index[b]] |= 1UL << index[a];
        }

        return masks;
    }
}
