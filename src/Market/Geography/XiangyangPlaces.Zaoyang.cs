namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Zaoyang() =>
    [
        Town("北城街道", "zaoyang", 112.768, 32.142),
        Town("南城街道", "zaoyang", 112.765, 32.118),
        Town("环城街道", "zaoyang", 112.790, 32.128),
        Town("琚湾镇", "zaoyang", 112.597, 32.049),
        Town("七方镇", "zaoyang", 112.569, 32.201),
        Town("杨垱镇", "zaoyang", 112.642, 32.310, "杨当镇", "杨当"),
        Town("太平镇", "zaoyang", 112.763, 32.284),
        Town("新市镇", "zaoyang", 112.971, 32.332),
        Town("鹿头镇", "zaoyang", 112.936, 32.243),
        Town("刘升镇", "zaoyang", 112.966, 32.149),
        Town("兴隆镇", "zaoyang", 112.909, 32.047),
        Town("王城镇", "zaoyang", 112.942, 31.956),
        Town("吴店镇", "zaoyang", 112.777, 31.981),
        Town("熊集镇", "zaoyang", 112.660, 31.954),
        Town("平林镇", "zaoyang", 112.715, 31.823),
        // A township-level unit of the codes people live on (communities of its own); no published point, placed at the city seat.
        Unverified(Town("枣阳经济开发区", "zaoyang", 112.771, 32.129, "枣阳经开区")),
        // State farms with township-level codes; seats from the second reference (Vonng/adcode, Amap centres), not the city seat.
        Town("随阳农场", "zaoyang", 112.937, 32.025, "随阳"),
        Town("车河农场", "zaoyang", 112.696, 31.778, "车河"),
        Spot("白水寺", "zaoyang", 112.880, 32.010),
        Spot("枣阳汽车站", "zaoyang", 112.770, 32.130),
    ];
}
