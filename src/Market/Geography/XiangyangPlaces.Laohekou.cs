namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Laohekou() =>
    [
        Town("光化街道", "laohekou", 111.672, 32.390),
        Town("酂阳街道", "laohekou", 111.688, 32.372),
        Town("洪山嘴镇", "laohekou", 111.666, 32.452),
        // 李楼, 竹林桥, 薛集, 孟楼 and 林茂山: seats from the second reference (Vonng/adcode, Amap town centres), replacing
        // estimates that were 3-23 km off (薛集's sat beside 袁冲's GeoNames seat).
        Town("李楼镇", "laohekou", 111.700, 32.361),
        Town("竹林桥镇", "laohekou", 111.851, 32.443),
        Town("薛集镇", "laohekou", 111.930, 32.437),
        Town("张集镇", "laohekou", 111.873, 32.354),
        Town("仙人渡镇", "laohekou", 111.720, 32.254),
        Town("孟楼镇", "laohekou", 111.832, 32.521),
        Town("袁冲乡", "laohekou", 111.740, 32.524),
        // A seed farm and a forest farm with township-level codes; no published points, placed at the city seat.
        Unverified(Town("蔬菜原种场", "laohekou", 111.684, 32.386)),
        Unverified(Town("百花山林场", "laohekou", 111.684, 32.386, "百花山")),
        Town("林茂山林场", "laohekou", 111.643, 32.586, "林茂山"),
        Spot("老河口汽车站", "laohekou", 111.680, 32.385),
    ];
}
