namespace ZeroWork.Market.Jobs;

/// <summary>The skill codes of the parse contract and the Chinese names people read.</summary>
public static class SkillCatalog
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["porter"] = "搬运装卸",
        ["mover"] = "搬家",
        ["construction_helper"] = "小工",
        ["bricklayer"] = "瓦工",
        ["carpenter"] = "木工",
        ["rebar"] = "钢筋工",
        ["scaffolder"] = "架子工",
        ["electrician"] = "电工",
        ["plumber"] = "水暖工",
        ["welder"] = "焊工",
        ["painter"] = "油漆工",
        ["renovation"] = "装修工",
        ["cleaner"] = "保洁",
        ["housekeeper"] = "家政",
        ["caregiver"] = "护工",
        ["nanny"] = "月嫂",
        ["cook"] = "厨师帮厨",
        ["waiter"] = "服务员",
        ["dishwasher"] = "洗碗工",
        ["sorter"] = "分拣理货",
        ["courier"] = "配送",
        ["driver"] = "司机",
        ["forklift"] = "叉车工",
        ["security"] = "保安",
        ["gardener"] = "绿化",
        ["farmhand"] = "农活",
        ["sewing"] = "缝纫",
        ["factory"] = "普工",
        ["repair"] = "维修",
        ["promoter"] = "促销",
        ["other"] = "零活",
    };

    public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;

    public static string Describe(IEnumerable<string> codes)
    {
        var names = codes.Select(NameOf).ToList();
        return names.Count == 0 ? "零活" : string.Join("、", names);
    }
}
