using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Tests.Geography;

public sealed class Gcj02Tests
{
    /// <summary>WGS-84 → GCJ-02 pairs published with the eviltransform library (Shanghai, Shenzhen, Beijing).</summary>
    public static readonly TheoryData<double, double, double, double> Published = new()
    {
        { 121.5272106, 31.1774276, 121.531541859215, 31.17530398364597 },
        { 113.912316, 22.543847, 113.9171764808363, 22.540796131694766 },
        { 116.377817, 39.911954, 116.38404722455657, 39.91334545536069 },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Matches_the_published_pairs(double wgsLng, double wgsLat, double gcjLng, double gcjLat)
    {
        var p = Gcj02.FromWgs84(wgsLng, wgsLat);

        Assert.Equal(gcjLng, p.Lng, 7);
        Assert.Equal(gcjLat, p.Lat, 7);
    }

    [Fact]
    public void Around_Xiangyang_the_shift_is_about_half_a_kilometre()
    {
        var wgs = new GeoPoint(112.131, 32.079);

        var shift = GeoMath.DistanceMeters(wgs, Gcj02.FromWgs84(wgs.Lng, wgs.Lat));

        Assert.InRange(shift, 300, 800);
    }

    [Fact]
    public void Outside_china_nothing_moves()
    {
        Assert.Equal(new GeoPoint(2.3522, 48.8566), Gcj02.FromWgs84(2.3522, 48.8566));
    }
}
