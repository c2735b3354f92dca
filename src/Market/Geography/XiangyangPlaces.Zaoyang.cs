namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Zaoyang() =>
    [
        Town("北城街道", "zaoyang", 112.768, 32.142),
        Town("南城街道", "zaoyang", 112.765, 32.118),
        Town("环城街道", "zaoyang", 112.790, 32.128),
        Town("琚湾镇", "zaoyang", 112.570, 32.120),
        Town("七方镇", "zaoyang", 112.585, 32.270),
        Town("杨垱镇", "zaoyang", 112.680, 32.350),
        Town("太平镇", "zaoyang", 112.790, 32.300),
        Town("新市镇", "zaoyang", 112.930, 32.300),
        Town("鹿头镇", "zaoyang", 112.900, 32.350),
        Town("刘升镇", "zaoyang", 113.000, 32.160),
        Town("兴隆镇", "zaoyang", 112.880, 32.070),
        Town("王城镇", "zaoyang", 112.950, 31.980),
        Town("吴店镇", "zaoyang", 112.870, 32.000),
        Town("熊集镇", "zaoyang", 112.680, 31.930),
        Town("平林镇", "zaoyang", 112.730, 31.820),
        Spot("白水寺", "zaoyang", 112.880, 32.010),
        Spot("枣阳汽车站", "zaoyang", 112.770, 32.130),
    ];
}
