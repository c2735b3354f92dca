namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Dongjin() =>
    [
        Town("东津镇", "dongjin", 112.231, 32.023),
        Spot("襄阳东站", "dongjin", 112.243, 32.012, "东津高铁站", "东津站", "高铁东站", "襄阳高铁站", "高铁站"),
        Spot("东津大道", "dongjin", 112.250, 32.010),
        Spot("汉江大道", "dongjin", 112.230, 32.000),
        Spot("鹿门山", "dongjin", 112.270, 31.940, "鹿门寺"),
        // Filed under 襄州 by the statistical codes (苏岭山社区) but inside 东津新区; placed at the mountain.
        Unverified(Town("鹿门风景名胜区", "dongjin", 112.270, 31.940, "鹿门风景区", "鹿门")),
    ];
}
