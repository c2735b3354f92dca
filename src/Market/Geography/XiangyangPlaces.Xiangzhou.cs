namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Xiangzhou() =>
    [
        Town("张湾街道", "xiangzhou", 112.205, 32.086),
        Town("肖湾街道", "xiangzhou", 112.228, 32.093),
        Town("刘集街道", "xiangzhou", 112.275, 32.140),
        Town("龙王镇", "xiangzhou", 111.930, 32.240),
        Town("石桥镇", "xiangzhou", 111.980, 32.360),
        Town("黄集镇", "xiangzhou", 112.120, 32.330),
        Town("伙牌镇", "xiangzhou", 112.150, 32.210),
        Town("古驿镇", "xiangzhou", 112.300, 32.225),
        Town("朱集镇", "xiangzhou", 112.400, 32.320),
        Town("程河镇", "xiangzhou", 112.300, 32.350),
        Town("双沟镇", "xiangzhou", 112.372, 32.190),
        Town("张家集镇", "xiangzhou", 112.405, 32.100),
        Town("黄龙镇", "xiangzhou", 112.400, 32.020),
        Town("峪山镇", "xiangzhou", 112.330, 31.970),
        Spot("航空路", "xiangzhou", 112.210, 32.090),
        Spot("襄阳刘集机场", "xiangzhou", 112.292, 32.150, "刘集机场", "襄阳机场", "飞机场"),
        Spot("襄州区人民医院", "xiangzhou", 112.208, 32.088, "襄州人民医院"),
        Spot("襄州汽车站", "xiangzhou", 112.215, 32.085),
    ];
}
