using ZeroWork.Market.Geography;

namespace ZeroWork.Matcher.Index;

/// <summary>Square cells in an equirectangular projection (metres, scaled at <see cref="ReferenceLatitude"/>). Cells only choose what to scan; membership is decided on the sphere.</summary>
public sealed class GridGeometry(double cellMeters, double referenceLatitude = GridGeometry.XiangyangLatitude)
{
    public const double XiangyangLatitude = 32.0;

    public const double MetresPerDegreeLat = GeoMath.EarthRadiusMeters * Math.PI / 180.0;

    private readonly double metresPerDegreeLng = MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(referenceLatitude));

    public double CellMeters { get; } = cellMeters;

    public double ReferenceLatitude { get; } = referenceLatitude;

    public static long Key(int cx, int cy) => ((long)cx << 32) | (uint)cy;

    public (int X, int Y) CellOf(double lat, double lng) =>
        ((int)Math.Floor(lng * metresPerDegreeLng / CellMeters), (int)Math.Floor(lat * MetresPerDegreeLat / CellMeters));

    /// <summary>The cells that can hold a point within <paramref name="radiusMeters"/> of (lat, lng), from a bounding box on the sphere widened by a safety margin.</summary>
    public (int MinX, int MinY, int MaxX, int MaxY) CellsAround(double lat, double lng, double radiusMeters)
    {
        var r = (radiusMeters * 1.001) + 1.0;
        var dLat = r / MetresPerDegreeLat;
        var maxAbsLat = Math.Min(89.0, Math.Abs(lat) + dLat);
        var dLng = r / (MetresPerDegreeLat * Math.Cos(GeoMath.DegreesToRadians(maxAbsLat)));
        var (minX, minY) = CellOf(lat - dLat, lng - dLng);
        var (maxX, maxY) = CellOf(lat + dLat, lng + dLng);
        return (minX, minY, maxX, maxY);
    }

    /// <summary>Lower bound (in metres, with margin) of the distance from a point to a cell, to skip the corners of the covering box.</summary>
    public double MinDistanceToCell(double lat, double lng, int cx, int cy)
    {
        var x = lng * metresPerDegreeLng;
        var y = lat * MetresPerDegreeLat;
        var dx = Math.Max(0, Math.Max((cx * CellMeters) - x, x - ((cx + 1) * CellMeters)));
        var dy = Math.Max(0, Math.Max((cy * CellMeters) - y, y - ((cy + 1) * CellMeters)));

        // The projection's x scale is right only at the reference latitude; shrink by the worst ratio seen here.
        var scale = Math.Cos(GeoMath.DegreesToRadians(lat)) / Math.Cos(GeoMath.DegreesToRadians(ReferenceLatitude));
        dx *= Math.Min(1.0, scale) * 0.99;
        return Math.Sqrt((dx * dx) + (dy * dy)) - 2.0;
    }
}
