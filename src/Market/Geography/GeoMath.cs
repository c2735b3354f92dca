namespace ZeroWork.Market.Geography;

/// <summary>Distances on the sphere. GCJ-02 offsets are locally uniform, so sphere distances between two GCJ-02 points are accurate to metres.</summary>
public static class GeoMath
{
    public const double EarthRadiusMeters = 6_371_008.8;

    public static double DistanceMeters(GeoPoint a, GeoPoint b) => DistanceMeters(a.Lat, a.Lng, b.Lat, b.Lng);

    public static double DistanceMeters(double lat1, double lng1, double lat2, double lng2)
    {
        var p1 = DegreesToRadians(lat1);
        var p2 = DegreesToRadians(lat2);
        var dp = p2 - p1;
        var dl = DegreesToRadians(lng2 - lng1);
        var h = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static double DegreesToRadians(double degrees) => degrees * Math.PI / 180.0;

    /// <summary>Whether a point lies in Xiangyang's bounding box (generous, for sanity checks on seed and input data).</summary>
    public static bool IsInXiangyang(GeoPoint p) => p.Lng is > 110.4 and < 113.2 && p.Lat is > 31.2 and < 32.7;
}
