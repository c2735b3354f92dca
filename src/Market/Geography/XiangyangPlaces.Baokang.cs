namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Baokang() =>
    [
        Town("城关镇", "baokang", 111.262, 31.876, "保康县城"),
        Town("黄堡镇", "baokang", 111.346, 31.825),
        Town("后坪镇", "baokang", 111.228, 31.742),
        Town("龙坪镇", "baokang", 111.502, 31.655),
        Town("店垭镇", "baokang", 111.340, 31.397),
        Town("马良镇", "baokang", 111.324, 31.537),
        Town("歇马镇", "baokang", 111.178, 31.616),
        Town("马桥镇", "baokang", 110.937, 31.751),
        Town("寺坪镇", "baokang", 111.138, 31.985),
        Town("过渡湾镇", "baokang", 111.263, 31.992),
        // Seat (两峪街) from the second reference (Vonng/adcode, Amap town centre), east of 马良 as published; the earlier estimate was 7 km off.
        Town("两峪乡", "baokang", 111.389, 31.558),
        // The development zone's committee has its own township-level code; placed at the county seat.
        Unverified(Town("保康经济开发区", "baokang", 111.262, 31.878, "湖北保康经济开发区管理委员会", "保康经开区")),
        Spot("九路寨", "baokang", 111.500, 31.550),
    ];
}
