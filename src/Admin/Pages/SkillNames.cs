namespace ZeroWork.Admin.Pages;

/// <summary>The parse contract's skill codes with their Chinese names, for forms and lists.</summary>
public static class SkillNames
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["porter"] = "搬运装卸",
        ["mover"] = "搬家",
        ["construction_helper"] = "建筑小工",
        ["bricklayer"] = "瓦工",
        ["carpenter"] = "木工",
        ["rebar"] = "钢筋工",
        ["scaffolder"] = "架子工",
        ["electrician"] = "电工",
        ["plumber"] = "水暖工",
        ["welder"] = "焊工",
        ["painter"] = "油漆工",
        ["renovation"] = "装修",
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
        ["other"] = "其他",
    };

    public static string Of(IEnumerable<string> codes)
    {
        var names = codes.Select(c => All.GetValueOrDefault(c, c)).ToList();
        return names.Count == 0 ? "零工" : string.Join("、", names);
    }

    public static readonly IReadOnlyDictionary<string, string> PayUnits = new Dictionary<string, string>
    {
        ["day"] = "元/天",
        ["hour"] = "元/小时",
        ["month"] = "元/月",
        ["piece"] = "元/件",
        ["job"] = "元/次",
    };

    public static string Pay(decimal? min, decimal? max, string? unit)
    {
        if (min is null && max is null)
        {
            return "面议";
        }

        var range = min is not null && max is not null && min != max ? $"{min:0.##}-{max:0.##}" : $"{max ?? min:0.##}";
        return range + (unit is not null ? PayUnits.GetValueOrDefault(unit, unit) : "元");
    }
}
