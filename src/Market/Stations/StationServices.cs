using System.Collections.Frozen;

namespace ZeroWork.Market.Stations;

/// <summary>A station's services in the measures' own words (第三条), so that what a station records and what 第八、九条 check for are the same names.</summary>
public static class StationServices
{
    public const string Registration = "信息登记";
    public const string Publishing = "信息发布";
    public const string PolicyAdvice = "政策咨询";
    public const string TrainingSignUp = "培训报名";
    public const string LabourRights = "劳务维权咨询";

    /// <summary>第三条's public services, the 1.5 km push of 第五条, then the conveniences, in the order the measures list them.</summary>
    public static readonly IReadOnlyList<string> All =
        [Registration, Publishing, PolicyAdvice, TrainingSignUp, LabourRights, "岗位推送", "候工休息", "对接洽谈", "wifi共享", "饮水供应", "医疗急救箱"];

    // Only wordings the measures themselves use for the same service (第九条 says 求职登记 and 就业政策咨询), plus the names records carried
    // before the names were aligned. A push is not publishing by itself, so 岗位推送 stays its own service.
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["求职登记"] = Registration,
        ["招工登记"] = Registration,
        ["用工登记"] = Registration,
        ["就业政策咨询"] = PolicyAdvice,
        ["技能培训报名"] = TrainingSignUp,
        ["劳动维权咨询"] = LabourRights,
        ["休息候工"] = "候工休息",
        ["急救药箱"] = "医疗急救箱",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The measures' name for a recorded service name; an unknown name is returned as it is.</summary>
    public static string Canonical(string name)
    {
        var trimmed = name.Trim();
        return Aliases.GetValueOrDefault(trimmed, trimmed);
    }

    public static bool Offers(Station station, string service) => station.Services.Any(s => Canonical(s) == service);
}
