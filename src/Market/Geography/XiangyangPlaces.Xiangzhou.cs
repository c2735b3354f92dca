namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Xiangzhou() =>
    [
        Town("张湾街道", "xiangzhou", 112.205, 32.086),
        Town("肖湾街道", "xiangzhou", 112.228, 32.093),
        // A street of the district town since the 2023 statistical codes (六两河, 史台, 西岗 communities); seat estimated north-east of 张湾.
        Town("六两河街道", "xiangzhou", 112.240, 32.106),
        // Streets of the district town since the 2023 statistical codes (浩然: 潘台, 育红, 东升, 西河; 金华: 铁四院, 汪河, 黄台 …);
        // no published seat, placed at the district seat.
        Unverified(Town("浩然街道", "xiangzhou", 112.211, 32.087)),
        Unverified(Town("金华街道", "xiangzhou", 112.211, 32.087)),
        // A state farm with its own township-level code, beside 黄集镇 (the town's published resident count includes it); its seat
        // from the second reference (Vonng/adcode, Amap centre), 5 km south-west of 黄集's.
        Town("襄北农场", "xiangzhou", 112.107, 32.274, "襄北"),
        Unverified(Town("刘集街道", "xiangzhou", 112.275, 32.140)),
        Town("龙王镇", "xiangzhou", 111.979, 32.210),
        Town("石桥镇", "xiangzhou", 111.981, 32.349),
        Town("黄集镇", "xiangzhou", 112.139, 32.309),
        Town("伙牌镇", "xiangzhou", 112.133, 32.161),
        Town("古驿镇", "xiangzhou", 112.236, 32.260),
        // Seat from the second reference (Vonng/adcode, Amap town centre), 3 km from the earlier estimate between the 唐河 and 白河.
        Town("朱集镇", "xiangzhou", 112.371, 32.311),
        Town("程河镇", "xiangzhou", 112.438, 32.291),
        Town("双沟镇", "xiangzhou", 112.387, 32.188),
        Town("张家集镇", "xiangzhou", 112.443, 32.102),
        Town("黄龙镇", "xiangzhou", 112.462, 31.972),
        Town("峪山镇", "xiangzhou", 112.374, 31.988),
        Spot("航空路", "xiangzhou", 112.210, 32.090),
        Spot("襄阳刘集机场", "xiangzhou", 112.292, 32.150, "刘集机场", "襄阳机场", "飞机场"),
        Spot("襄州区人民医院", "xiangzhou", 112.208, 32.088, "襄州人民医院"),
        Spot("襄州汽车站", "xiangzhou", 112.215, 32.085),
    ];
}
