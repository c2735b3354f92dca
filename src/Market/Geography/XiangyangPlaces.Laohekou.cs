namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Laohekou() =>
    [
        Town("光化街道", "laohekou", 111.672, 32.390),
        Town("酂阳街道", "laohekou", 111.688, 32.372),
        Town("洪山嘴镇", "laohekou", 111.666, 32.452),
        Unverified(Town("李楼镇", "laohekou", 111.755, 32.470)),
        Unverified(Town("竹林桥镇", "laohekou", 111.800, 32.400)),
        // Unverified and suspect: under 1 km from the GeoNames seat of 袁冲乡, so one of the two is misplaced; no source found for 薛集.
        Unverified(Town("薛集镇", "laohekou", 111.735, 32.530)),
        Town("张集镇", "laohekou", 111.873, 32.354),
        Town("仙人渡镇", "laohekou", 111.720, 32.254),
        // No published point found; consistent with the facts: on the Henan border, 25 km from the city and 30 km from 邓州.
        Unverified(Town("孟楼镇", "laohekou", 111.860, 32.500)),
        Town("袁冲乡", "laohekou", 111.740, 32.524),
        // A seed farm and two forest farms with township-level codes; no published points, placed at the city seat.
        Unverified(Town("蔬菜原种场", "laohekou", 111.684, 32.386)),
        Unverified(Town("百花山林场", "laohekou", 111.684, 32.386, "百花山")),
        Unverified(Town("林茂山林场", "laohekou", 111.684, 32.386, "林茂山")),
        Spot("老河口汽车站", "laohekou", 111.680, 32.385),
    ];
}
