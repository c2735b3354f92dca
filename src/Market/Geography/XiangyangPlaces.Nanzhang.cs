namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Nanzhang() =>
    [
        Town("城关镇", "nanzhang", 111.849, 31.780, "南漳县城"),
        Unverified(Town("武安镇", "nanzhang", 112.020, 31.840)),
        Unverified(Town("九集镇", "nanzhang", 111.980, 31.690)),
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
