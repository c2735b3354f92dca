namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Gucheng() =>
    [
        Town("城关镇", "gucheng", 111.641, 32.264, "谷城县城"),
        Town("石花镇", "gucheng", 111.462, 32.276),
        Unverified(Town("盛康镇", "gucheng", 111.700, 32.180, "盛𡐓")),
        Town("庙滩镇", "gucheng", 111.754, 32.139),
        Town("五山镇", "gucheng", 111.362, 32.306),
        Town("茨河镇", "gucheng", 111.843, 32.047),
        Town("南河镇", "gucheng", 111.515, 32.171),
        Town("紫金镇", "gucheng", 111.312, 32.132),
        Town("冷集镇", "gucheng", 111.599, 32.365),
        // No published point found: the seat (腰儿坪) lies where 谷城, 南漳 and 保康 meet, south of 南河 and east of 保康 过渡湾.
        Unverified(Town("赵湾乡", "gucheng", 111.456, 31.978)),
        Spot("薤山", "gucheng", 111.420, 32.120),
        // The forest farm has its own township-level code (高庙, 天子沟, 万家湾, 石门, 红军 villages); placed at the mountain.
        Unverified(Town("薤山林场", "gucheng", 111.420, 32.120)),
    ];
}
