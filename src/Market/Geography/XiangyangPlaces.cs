namespace ZeroWork.Market.Geography;

/// <summary>The data behind <see cref="Gazetteer.Xiangyang"/>.</summary>
internal static class XiangyangPlaces
{
    public static IReadOnlyList<Place> All { get; } =
    [
        new("襄城区", "xiangcheng", PlaceKind.County, new(112.134, 32.010), ["襄城"]),
        new("樊城区", "fancheng", PlaceKind.County, new(112.135, 32.045), ["樊城"]),
        new("襄州区", "xiangzhou", PlaceKind.County, new(112.211, 32.087), ["襄州"]),
        new("老河口市", "laohekou", PlaceKind.County, new(111.684, 32.386), ["老河口"]),
        new("枣阳市", "zaoyang", PlaceKind.County, new(112.771, 32.129), ["枣阳"]),
        new("宜城市", "yicheng", PlaceKind.County, new(112.257, 31.720), ["宜城"]),
        new("南漳县", "nanzhang", PlaceKind.County, new(111.839, 31.775), ["南漳"]),
        new("谷城县", "gucheng", PlaceKind.County, new(111.653, 32.263), ["谷城"]),
        new("保康县", "baokang", PlaceKind.County, new(111.262, 31.878), ["保康"]),
        new("高新区", "gaoxin", PlaceKind.County, new(112.164, 32.081), ["高新技术产业开发区", "襄阳高新区"]),
        new("东津新区", "dongjin", PlaceKind.County, new(112.259, 32.005), ["东津", "经开区"]),
    ];
}
