using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ZeroWork.Market.Matching;
using ZeroWork.Matcher.Skills;

namespace ZeroWork.Matcher.Public;

public static class PublicSiteExtensions
{
    /// <summary>The public job pages and open API (襄阳零工之家). Needs <see cref="MatcherHostingExtensions.AddMatcher"/>; reads search words with the bot's reader when the bot is in the process.</summary>
    public static IHostApplicationBuilder AddPublicSite(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PublicOptions>().BindConfiguration(PublicOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ISkillWords, CatalogSkillWords>();
        services.AddSingleton<PublicStations>();
        services.AddSingleton<PublicJobs>();
        services.AddSingleton<PublicRateLimit>();
        services.AddSingleton<PublicHeaders>();
        services.AddRazorComponents();

        // Chinese is written as characters, not &#x...; escapes; markup is still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<PublicOptions>>((cors, options) =>
            cors.AddPolicy(PublicPaths.CorsPolicy, policy => policy.WithOrigins(options.Value.AllowedOrigins).WithMethods("GET").WithExposedHeaders("Retry-After")));
        return builder;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(PublicSiteExtensions).Assembly, "ZeroWork.Matcher.Public.Assets"),
            RequestPath = PublicPaths.Assets,
        });
        app.UseCors();
        app.MapPublicEndpoints();
        return app;
    }
}
