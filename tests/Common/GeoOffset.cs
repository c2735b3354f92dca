using ZeroWork.Market.Geography;

namespace ZeroWork.Tests.Common;

internal static class GeoOffset
{
    /// <summary>The point <paramref name="meters"/> from <paramref name="from"/> along <paramref name="bearingDegrees"/> (0 = north), on the same sphere as <see cref="GeoMath"/>.</summary>
    public static GeoPoint Of(GeoPoint from, double bearingDegrees, double meters)
    {
        var d = meters / GeoMath.EarthRadiusMeters;
        var b = GeoMath.DegreesToRadians(bearingDegrees);
        var lat1 = GeoMath.DegreesToRadians(from.Lat);
        var lng1 = GeoMath.DegreesToRadians(from.Lng);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b)));
        var lng2 = lng1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
        return new GeoPoint(lng2 * 180 / Math.PI, lat2 * 180 / Math.PI);
    }
}
