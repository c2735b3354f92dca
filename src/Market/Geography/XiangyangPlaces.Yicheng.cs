namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Yicheng() =>
    [
        Town("鄢城街道", "yicheng", 112.258, 31.722),
        Town("南营街道", "yicheng", 112.262, 31.700),
        Town("小河镇", "yicheng", 112.310, 31.850),
        Town("郑集镇", "yicheng", 112.210, 31.800),
        Town("刘猴镇", "yicheng", 112.350, 31.780),
        Town("孔湾镇", "yicheng", 112.420, 31.700),
        Town("流水镇", "yicheng", 112.400, 31.580),
        Town("板桥店镇", "yicheng", 112.100, 31.620),
        Town("王集镇", "yicheng", 112.250, 31.560),
        Town("雷河镇", "yicheng", 112.340, 31.650),
        Spot("宜城汽车站", "yicheng", 112.258, 31.718),
    ];
}
