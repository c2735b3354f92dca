namespace ZeroWork.Market.Geography;

/// <summary>The county-level areas of Xiangyang, by the codes the parse contract fixes.</summary>
public static class Districts
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["xiangcheng"] = "襄城区",
        ["fancheng"] = "樊城区",
        ["xiangzhou"] = "襄州区",
        ["laohekou"] = "老河口市",
        ["zaoyang"] = "枣阳市",
        ["yicheng"] = "宜城市",
        ["nanzhang"] = "南漳县",
        ["gucheng"] = "谷城县",
        ["baokang"] = "保康县",
        ["gaoxin"] = "高新区",
        ["dongjin"] = "东津新区",
    };

    public static string NameOf(string? code) => code is not null && Names.TryGetValue(code, out var n) ? n : "襄阳市";
}
