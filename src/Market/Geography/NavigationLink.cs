using System.Globalization;

namespace ZeroWork.Market.Geography;

/// <summary>One-click navigation (第五条): an Amap marker URI that opens the Amap app or web map at a GCJ-02 point.</summary>
public static class NavigationLink
{
    public static string Amap(GeoPoint point, string? name) =>
        string.Create(CultureInfo.InvariantCulture, $"https://uri.amap.com/marker?position={point.Lng:0.######},{point.Lat:0.######}&name={Uri.EscapeDataString(name ?? "干活地点")}&coordinate=gaode");
}
