namespace ZeroWork.Market.Geography;

/// <summary>
/// The data behind <see cref="Gazetteer.Xiangyang"/>: county-level areas, townships and streets (乡镇/街道) with
/// their seats, and the villages, roads, markets, stations and landmarks people meet at. Split per district; every
/// part is a method (not a field) because the order of static initialisers across partial files is unspecified.
/// Points are GCJ-02, at the township seat (政府驻地) or the landmark itself. Township seats that GeoNames has (PPLA4,
/// WGS-84) are that point shifted to GCJ-02; where GeoNames has none, the second reference's point (Vonng/adcode, Amap
/// centres) where a comment says so; both are pinned by TownshipSeatTests. The others are reasoned from published facts
/// (direction and road distance from the county seat, neighbours) where a comment says so, else unverified; seats no
/// public reference confirms are marked Approximate (Unverified below) so that matching widens to the township radius.
/// </summary>
internal static partial class XiangyangPlaces
{
    public static IReadOnlyList<Place> All { get; } =
    [
        .. Counties(),
        .. Xiangcheng(),
        .. Fancheng(),
        .. Gaoxin(),
        .. Xiangzhou(),
        .. Dongjin(),
        .. Laohekou(),
        .. Zaoyang(),
        .. Yicheng(),
        .. Nanzhang(),
        .. Gucheng(),
        .. Baokang(),
    ];

    /// <summary>A township or street; its short form (太平店镇 → 太平店, 七里河街道 → 七里河) and office forms are added as aliases.</summary>
    private static Place Town(string name, string district, double lng, double lat, params string[] aliases)
    {
        var all = new List<string>(aliases);
        var stem = TownshipName.ShortForm(name);
        if (stem != name)
        {
            all.Add(stem);
            if (name.EndsWith("街道", StringComparison.Ordinal))
            {
                all.Add(stem + "街办");
                all.Add(stem + "办事处");
                all.Add(name + "办事处");
            }
        }

        return new(name, district, PlaceKind.Township, new(lng, lat), [.. all.Distinct(StringComparer.Ordinal).Where(a => a != name)]);
    }

    /// <summary>A seat no public reference confirms, or a unit placed at its county seat: matched with the township radius.</summary>
    private static Place Unverified(Place place) => place with { Approximate = true };

    private static Place Village(string name, string district, double lng, double lat, params string[] aliases) =>
        new(name, district, PlaceKind.Village, new(lng, lat), aliases);

    private static Place Spot(string name, string district, double lng, double lat, params string[] aliases) =>
        new(name, district, PlaceKind.Landmark, new(lng, lat), aliases);

    private static IEnumerable<Place> Counties() =>
    [
        new("襄城区", "xiangcheng", PlaceKind.County, new(112.134, 32.010), ["襄城"]),
        new("樊城区", "fancheng", PlaceKind.County, new(112.135, 32.045), ["樊城"]),
        new("襄州区", "xiangzhou", PlaceKind.County, new(112.211, 32.087), ["襄州", "襄阳县"]),
        new("老河口市", "laohekou", PlaceKind.County, new(111.684, 32.386), ["老河口", "光化"]),
        new("枣阳市", "zaoyang", PlaceKind.County, new(112.771, 32.129), ["枣阳"]),
        new("宜城市", "yicheng", PlaceKind.County, new(112.257, 31.720), ["宜城"]),
        new("南漳县", "nanzhang", PlaceKind.County, new(111.839, 31.775), ["南漳"]),
        new("谷城县", "gucheng", PlaceKind.County, new(111.653, 32.263), ["谷城"]),
        new("保康县", "baokang", PlaceKind.County, new(111.262, 31.878), ["保康"]),
        new("高新区", "gaoxin", PlaceKind.County, new(112.164, 32.081), ["高新技术产业开发区", "襄阳高新区", "高新技术开发区", "高新开发区"]),
        new("东津新区", "dongjin", PlaceKind.County, new(112.259, 32.005), ["东津", "经开区", "襄阳经开区", "经济开发区", "东津新城"]),
    ];
}
