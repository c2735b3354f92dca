using System.Globalization;

namespace ZeroWork.Market.Geography;

/// <summary>One-click navigation (第五条): marker URIs that open a map app or its web map at a GCJ-02 point. Amap is the default; Tencent and Baidu for people who use those.</summary>
public static class NavigationLink
{
    public static string Amap(GeoPoint point, string? name) =>
        string.Create(CultureInfo.InvariantCulture, $"https://uri.amap.com/marker?position={point.Lng:0.######},{point.Lat:0.######}&name={Name(name)}&coordinate=gaode");

    /// <summary>Tencent's URI API asks for a <c>referer</c> naming the calling app.</summary>
    public static string Tencent(GeoPoint point, string? name) =>
        string.Create(CultureInfo.InvariantCulture, $"https://apis.map.qq.com/uri/v1/marker?marker=coord:{point.Lat:0.######},{point.Lng:0.######};title:{Name(name)}&referer=zerowork");

    /// <summary>Baidu draws BD-09 unless told the point is GCJ-02.</summary>
    public static string Baidu(GeoPoint point, string? name) =>
        string.Create(CultureInfo.InvariantCulture, $"https://api.map.baidu.com/marker?location={point.Lat:0.######},{point.Lng:0.######}&title={Name(name)}&content={Name(name)}&coord_type=gcj02&output=html&src=zerowork");

    private static string Name(string? name) => Uri.EscapeDataString(string.IsNullOrWhiteSpace(name) ? "干活地点" : name);
}
