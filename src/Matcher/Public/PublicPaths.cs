using System.Globalization;

namespace ZeroWork.Matcher.Public;

public static class PublicPaths
{
    public const string Jobs = "/jobs";
    public const string Stations = "/stations";
    public const string Api = "/api/jobs";
    public const string Assets = "/static";
    public const string CorsPolicy = "public-api";

    public static string Job(int id) => string.Create(CultureInfo.InvariantCulture, $"/jobs/{id}");
}
