namespace ZeroWork.Matcher.Planning;

/// <summary>Our short redirect for SMS (<c>/go/{jobId}</c>, see <see cref="MatcherEndpoints"/>); the Amap URI itself is <see cref="Market.Geography.NavigationLink"/>.</summary>
public static class MapLinks
{
    /// <summary>The fixed part of the short link, which the approved SMS template carries; the job id is the variable.</summary>
    public static string ShortPrefix(string publicBaseUrl) => $"{publicBaseUrl.TrimEnd('/')}/go/";
}
