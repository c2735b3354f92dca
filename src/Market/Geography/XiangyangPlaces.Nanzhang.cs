namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Nanzhang() =>
    [
        Town("城关镇", "nanzhang", 111.849, 31.780, "南漳县城"),
        // Seats from the second reference (Vonng/adcode, Amap town centres, each beside its own villages there): the earlier
        // estimates had the two towns the wrong way round, 武安 being the southern one.
        Town("武安镇", "nanzhang", 112.026, 31.682),
        Town("九集镇", "nanzhang", 112.005, 31.814),
        Town("李庙镇", "nanzhang", 111.684, 31.830),
        Town("长坪镇", "nanzhang", 111.559, 31.788),
        Town("薛坪镇", "nanzhang", 111.673, 31.634),
        Town("板桥镇", "nanzhang", 111.592, 31.528),
        Town("巡检镇", "nanzhang", 111.617, 31.384),
        Town("东巩镇", "nanzhang", 111.837, 31.324),
        Town("肖堰镇", "nanzhang", 111.772, 31.486),
        // A township-level management area of the codes (黄莲树, 雷家巷, 白鹤湖, 王家坡); no published point, placed at the county seat.
        Unverified(Town("清河管理区", "nanzhang", 111.839, 31.775, "清河")),
        Spot("春秋寨", "nanzhang", 111.670, 31.520),
    ];
}
