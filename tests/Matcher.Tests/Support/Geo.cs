using ZeroWork.Market.Geography;
using ZeroWork.Tests.Common;

namespace ZeroWork.Matcher.Tests.Support;

internal static class Geo
{
    /// <summary>樊城区 centre.</summary>
    public static readonly GeoPoint Fancheng = new(112.135, 32.045);

    /// <summary>The point <paramref name="meters"/> from <paramref name="from"/> along <paramref name="bearingDegrees"/>, on the same sphere as <see cref="GeoMath"/>.</summary>
    public static GeoPoint Offset(GeoPoint from, double bearingDegrees, double meters) => GeoOffset.Of(from, bearingDegrees, meters);
}
