namespace ZeroWork.Market.Geography;

/// <summary>A point in GCJ-02 (the system WeChat and Chinese maps use), longitude first.</summary>
public sealed record GeoPoint
{
    public GeoPoint()
    {
    }

    public GeoPoint(double lng, double lat)
    {
        Lng = lng;
        Lat = lat;
    }

    public double Lng { get; init; }

    public double Lat { get; init; }

    public double DistanceTo(GeoPoint other) => GeoMath.DistanceMeters(this, other);

    public override string ToString() => FormattableString.Invariant($"{Lng:0.######},{Lat:0.######}");
}
