using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>第八、九条: what a township station must have before the county may pass its application.</summary>
public static class StationConditions
{
    public const double MinAreaSquareMeters = 30;

    /// <summary>The services 第八条 requires a station to be able to offer.</summary>
    public static readonly IReadOnlyList<string> RequiredServices = [StationServices.Registration, StationServices.Publishing, StationServices.PolicyAdvice];

    public static IReadOnlyList<(string Condition, bool Met)> Check(Station station) =>
    [
        ("有相对固定的办公场所", station.HasFixedPremises && !string.IsNullOrWhiteSpace(station.Address)),
        ($"功能区面积不低于 {MinAreaSquareMeters} 平方米", station.AreaSquareMeters >= MinAreaSquareMeters),
        ("配备专（兼）职工作人员", station.Staff.Any(s => !string.IsNullOrWhiteSpace(s))),
        ("管理制度完善（有服务规章制度）", !string.IsNullOrWhiteSpace(station.ServiceRules)),
        ("能提供信息登记、信息发布、政策咨询服务", RequiredServices.All(r => StationServices.Offers(station, r))),
    ];

    public static bool AllMet(Station station) => Check(station).All(c => c.Met);
}
