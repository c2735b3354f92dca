namespace ZeroWork.Market.Jobs;

/// <summary>The skill codes of the parse contract, in a fixed order, with the short Chinese names people read in pushes and replies.</summary>
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

    private static readonly Dictionary<string, string> NameByCode = Entries.ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal);

    /// <summary>Every code, in the catalogue's fixed order (the Matcher's bit masks rely on it).</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Entries.Select(e => e.Code)];

    public static bool IsKnown(string code) => NameByCode.ContainsKey(code);

    /// <summary>Short Chinese name for a code; unknown codes read as 零工.</summary>
    public static string NameOf(string code) => NameByCode.TryGetValue(code, out var name) ? name : "零工";

    /// <summary>Chinese name of the first skill of a post, or 零工.</summary>
    public static string NameOf(IReadOnlyList<string> codes) => codes.Count == 0 ? "零工" : NameOf(codes[0]);

    /// <summary>The code whose Chinese name is <paramref name="name"/>, for searches typed in words.</summary>
    public static string? CodeOfName(string name) => Entries.FirstOrDefault(e => e.Name == name).Code;

    public static string Describe(IEnumerable<string> codes)
    {
        var names = codes.Select(NameOf).ToList();
        return names.Count == 0 ? "零工" : string.Join("、", names);
    }
}
