namespace ZeroWork.Market.Geography;

/// <summary>WGS-84 (what a browser's or a phone's GPS gives) to GCJ-02 (what we store and Chinese maps draw). The published
/// obfuscation formula (Krasovsky ellipsoid); the shift is about 0.5 km around Xiangyang, so a point taken raw would put
/// "nearest first" off by whole blocks.</summary>
public static class Gcj02
{
    private const double A = 6_378_245.0;
    private const double Ee = 0.006_693_421_622_965_943_23;

    public static GeoPoint FromWgs84(double lng, double lat)
    {
        if (!InChina(lng, lat))
        {
            // The offset is only applied inside China; outside it GCJ-02 is WGS-84.
            return new GeoPoint(lng, lat);
        }

        var dLat = Latitude(lng - 105.0, lat - 35.0);
        var dLng = Longitude(lng - 105.0, lat - 35.0);
        var radLat = GeoMath.DegreesToRadians(lat);
        var magic = 1 - (Ee * Math.Sin(radLat) * Math.Sin(radLat));
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return new GeoPoint(lng + dLng, lat + dLat);
    }

    private static bool InChina(double lng, double lat) => lng is >= 72.004 and <= 137.8347 && lat is >= 0.8293 and <= 55.8271;

    private static double Latitude(double x, double y)
    {
        var ret = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return ret;
    }

    private static double Longitude(double x, double y)
    {
        var ret = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return ret;
    }
}
