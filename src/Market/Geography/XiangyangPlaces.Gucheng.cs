namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Gucheng() =>
    [
        Town("城关镇", "gucheng", 111.641, 32.264, "谷城县城"),
        Town("石花镇", "gucheng", 111.462, 32.276),
        // Seat from the second reference (Vonng/adcode, Amap town centre), replacing an estimate 14 km off.
        Town("盛康镇", "gucheng", 111.554, 32.191, "盛𡐓"),
        Town("庙滩镇", "gucheng", 111.754, 32.139),
        Town("五山镇", "gucheng", 111.362, 32.306),
        Town("茨河镇", "gucheng", 111.843, 32.047),
        Town("南河镇", "gucheng", 111.515, 32.171),
        Town("紫金镇", "gucheng", 111.312, 32.132),
        Town("冷集镇", "gucheng", 111.599, 32.365),
        // Seat (腰儿坪) from the second reference (Vonng/adcode, Amap town centre), 2 km from the earlier estimate.
        Town("赵湾乡", "gucheng", 111.440, 31.988),
        Spot("薤山", "gucheng", 111.420, 32.120),
        // The forest farm has its own township-level code (高庙, 天子沟, 万家湾, 石门, 红军 villages); placed at the mountain.
        Unverified(Town("薤山林场", "gucheng", 111.420, 32.120)),
    ];
}
