using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Tests.Geography;

public sealed class ChinaDatumsTests
{
    [Fact]
    public void Wgs84_shifts_to_gcj02_as_the_published_formula_does()
    {
        // The reference vector of the eviltransform implementations (Shanghai).
        var p = ChinaDatums.FromWgs84(121.5272106, 31.1774276);
        Assert.Equal(121.531541859215, p.Lng, 9);
        Assert.Equal(31.17530398364597, p.Lat, 9);
    }

    [Fact]
    public void The_offset_in_Xiangyang_is_a_few_hundred_metres()
    {
        var meters = GeoMath.DistanceMeters(32.0, 112.1, ChinaDatums.FromWgs84(112.1, 32.0).Lat, ChinaDatums.FromWgs84(112.1, 32.0).Lng);
        Assert.InRange(meters, 300, 800);
    }

    [Fact]
    public void Outside_China_nothing_shifts()
    {
        Assert.Equal(new GeoPoint(2.35, 48.85), ChinaDatums.FromWgs84(2.35, 48.85));
    }

    [Theory]
    [InlineData(112.1440, 32.0420)]
    [InlineData(111.2620, 31.8760)]
    public void Bd09_and_gcj02_round_trip_within_a_metre(double lng, double lat)
    {
        var gcj = new GeoPoint(lng, lat);
        var bd = ChinaDatums.ToBd09(gcj);
        Assert.InRange(GeoMath.DistanceMeters(gcj, bd), 300, 1_500);
        Assert.InRange(GeoMath.DistanceMeters(gcj, ChinaDatums.FromBd09(bd.Lng, bd.Lat)), 0, 1);
    }
}
