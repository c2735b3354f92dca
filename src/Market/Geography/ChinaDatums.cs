namespace ZeroWork.Market.Geography;

/// <summary>
/// Conversions into GCJ-02, the one system the store keeps: WGS-84 (GPS, GeoNames, OpenStreetMap, Wikipedia) through the
/// published GCJ-02 offset formula, and BD-09 (Baidu maps and Baike) through Baidu's published inverse. Accurate to a
/// few metres, which is all a 1.5 km push radius needs.
/// </summary>
public static class ChinaDatums
{
    private const double Axis = 6_378_245.0;
    private const double Eccentricity2 = 0.00669342162296594323;
    private const double BaiduPi = Math.PI * 3000.0 / 180.0;

    /// <summary>A WGS-84 point as GCJ-02 (unchanged outside mainland China, where no offset applies).</summary>
    public static GeoPoint FromWgs84(double lng, double lat)
    {
        if (lng is < 72.004 or > 137.8347 || lat is < 0.8293 or > 55.8271)
        {
            return new(lng, lat);
        }

        var dLat = OffsetLat(lng - 105.0, lat - 35.0);
        var dLng = OffsetLng(lng - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = 1 - (Eccentricity2 * Math.Sin(radLat) * Math.Sin(radLat));
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (Axis * (1 - Eccentricity2) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (Axis / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return new(lng + dLng, lat + dLat);
    }

    /// <summary>A BD-09 point as GCJ-02.</summary>
    public static GeoPoint FromBd09(double lng, double lat)
    {
        var x = lng - 0.0065;
        var y = lat - 0.006;
        var z = Math.Sqrt((x * x) + (y * y)) - (0.00002 * Math.Sin(y * BaiduPi));
        var theta = Math.Atan2(y, x) - (0.000003 * Math.Cos(x * BaiduPi));
        return new(z * Math.Cos(theta), z * Math.Sin(theta));
    }

    /// <summary>A GCJ-02 point as BD-09 (for checking against Baidu's figures).</summary>
    public static GeoPoint ToBd09(GeoPoint gcj)
    {
        var z = Math.Sqrt((gcj.Lng * gcj.Lng) + (gcj.Lat * gcj.Lat)) + (0.00002 * Math.Sin(gcj.Lat * BaiduPi));
        var theta = Math.Atan2(gcj.Lat, gcj.Lng) + (0.000003 * Math.Cos(gcj.Lng * BaiduPi));
        return new((z * Math.Cos(theta)) + 0.0065, (z * Math.Sin(theta)) + 0.006);
    }

    private static double OffsetLat(double x, double y)
    {
        var r = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        r += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        r += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        r += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320.0 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return r;
    }

    private static double OffsetLng(double x, double y)
    {
        var r = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        r += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        r += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        r += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return r;
    }
}
