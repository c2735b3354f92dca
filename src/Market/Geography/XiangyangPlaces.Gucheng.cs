namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Gucheng() =>
    [
        Town("城关镇", "gucheng", 111.653, 32.263, "谷城县城"),
        Town("石花镇", "gucheng", 111.520, 32.300),
        Town("盛康镇", "gucheng", 111.700, 32.180),
        Town("庙滩镇", "gucheng", 111.800, 32.220),
        Town("五山镇", "gucheng", 111.430, 32.230),
        Town("茨河镇", "gucheng", 111.880, 32.170),
        Town("南河镇", "gucheng", 111.450, 32.130),
        Town("紫金镇", "gucheng", 111.480, 32.420),
        Town("冷集镇", "gucheng", 111.630, 32.130),
        Town("赵湾乡", "gucheng", 111.300, 32.400),
        Spot("薤山", "gucheng", 111.420, 32.120),
    ];
}
