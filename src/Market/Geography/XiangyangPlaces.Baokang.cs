namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Baokang() =>
    [
        Town("城关镇", "baokang", 111.262, 31.878, "保康县城"),
        Town("黄堡镇", "baokang", 111.380, 31.970),
        Town("后坪镇", "baokang", 110.980, 31.620),
        Town("龙坪镇", "baokang", 111.120, 31.680),
        Town("店垭镇", "baokang", 111.430, 31.720),
        Town("马良镇", "baokang", 111.450, 31.580),
        Town("歇马镇", "baokang", 111.270, 31.500),
        Town("马桥镇", "baokang", 110.980, 31.930),
        Town("寺坪镇", "baokang", 111.050, 31.820),
        Town("过渡湾镇", "baokang", 111.170, 31.770),
        Town("两峪乡", "baokang", 111.420, 31.870),
        Spot("九路寨", "baokang", 111.500, 31.550),
    ];
}
