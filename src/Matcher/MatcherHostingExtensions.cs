using Microsoft.Extensions.Hosting;

namespace ZeroWork.Matcher;

public static class MatcherHostingExtensions
{
    /// <summary>The spatial index, matching, push planning, take-up, search and expiry.</summary>
    public static IHostApplicationBuilder AddMatcher(this IHostApplicationBuilder builder) => builder;
}
