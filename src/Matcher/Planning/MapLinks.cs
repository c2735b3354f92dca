using System.Globalization;
using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Planning;

/// <summary>One-click navigation (第五条): an Amap marker URI with the GCJ-02 point, and our short redirect to it for SMS.</summary>
public static class MapLinks
{
    public static string Amap(GeoPoint point, string? name) => string.Create(
        CultureInfo.InvariantCulture,
        $"https://uri.amap.com/marker?position={point.Lng:0.######},{point.Lat:0.######}&name={Uri.EscapeDataString(string.IsNullOrWhiteSpace(name) ? "工作地点" : name)}&coordinate=gaode");

    public static string Short(string publicBaseUrl, int jobId) => $"{publicBaseUrl.TrimEnd('/')}/go/{jobId}";
}
