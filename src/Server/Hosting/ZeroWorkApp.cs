using Microsoft.Extensions.Options;
using ZeroWork.Admin;
using ZeroWork.Bot;
using ZeroWork.Market;
using ZeroWork.Market.Storage;
using ZeroWork.Server.Hosting.Logging;
using ZeroWork.Matcher;
using ZeroWork.Matcher.Public;

namespace ZeroWork.Server.Hosting;

/// <summary>Composes the one process: Market, Bot, Matcher (with the public site) and Admin.</summary>
public static class ZeroWorkApp
{
    public const string DefaultUrls = "http://localhost:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddMarket();
        builder.Services.AddServerHealth();
        builder.Services.AddServerMetrics();
        builder.AddServerLogging();
        builder.AddServerLimits();

        builder.AddBot();
        builder.AddMatcher();
        builder.AddPublicSite();
        builder.AddAdmin();
        builder.Services.AddSingleton<IValidateOptions<MatcherOptions>, PublicLinkValidator>();

        var app = builder.Build();

        // Open the store before the host starts: a file another process holds, or a corrupt one, is then one line and exit 2
        // (see CommandLine) instead of a hosting failure logged with its stack.
        app.Services.GetRequiredService<MarketDb>();
        app.UseMiddleware<StoreUnavailableMiddleware>();
        app.MapServerHealth();
        app.MapServerMetrics();
        app.MapBot();
        app.MapMatcher();
        app.MapPublicSite();
        app.MapAdmin();
        return app;
    }
}
