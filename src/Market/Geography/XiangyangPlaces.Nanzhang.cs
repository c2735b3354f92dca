namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Nanzhang() =>
    [
        Town("城关镇", "nanzhang", 111.839, 31.775, "南漳县城"),
        Town("武安镇", "nanzhang", 112.020, 31.840),
        Town("九集镇", "nanzhang", 111.980, 31.690),
        Town("李庙镇", "nanzhang", 111.930, 31.630),
        Town("长坪镇", "nanzhang", 111.620, 31.630),
        Town("薛坪镇", "nanzhang", 111.500, 31.730),
        Town("板桥镇", "nanzhang", 111.630, 31.500),
        Town("巡检镇", "nanzhang", 111.780, 31.570),
        Town("东巩镇", "nanzhang", 111.850, 31.440),
        Town("肖堰镇", "nanzhang", 111.700, 31.880),
        Spot("春秋寨", "nanzhang", 111.670, 31.520),
    ];
}
