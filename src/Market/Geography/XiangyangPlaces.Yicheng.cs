namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Yicheng() =>
    [
        Town("鄢城街道", "yicheng", 112.262, 31.703),
        Town("南营街道", "yicheng", 112.297, 31.732),
        Town("小河镇", "yicheng", 112.158, 31.802),
        Town("郑集镇", "yicheng", 112.307, 31.646),
        Town("刘猴镇", "yicheng", 112.028, 31.482),
        Town("孔湾镇", "yicheng", 112.272, 31.569),
        Town("流水镇", "yicheng", 112.454, 31.565),
        Town("板桥店镇", "yicheng", 112.518, 31.748, "板桥"),
        // Seats from the second reference (Vonng/adcode, Amap town centres), replacing estimates 11-14 km off.
        Town("王集镇", "yicheng", 112.229, 31.826),
        Town("雷河镇", "yicheng", 112.192, 31.625),
        // A street of the city proper since the 2023 statistical codes (自忠路, 北水坝 and 紫阳观 communities); seat estimated in the north of town.
        Town("龙头街道", "yicheng", 112.262, 31.728),
        // Township-level units of the codes (大雁: 上大堰, 大雁 communities); no published points, placed at the city seat.
        Unverified(Town("宜城经济开发区", "yicheng", 112.257, 31.720, "宜城经开区")),
        Unverified(Town("大雁工业园区", "yicheng", 112.257, 31.720, "大雁工业园")),
        Spot("宜城汽车站", "yicheng", 112.258, 31.718),
    ];
}
