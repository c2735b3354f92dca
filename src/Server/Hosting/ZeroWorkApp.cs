using Microsoft.Extensions.Options;
using ZeroWork.Admin;
using ZeroWork.Bot;
using ZeroWork.Market;
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
        if (builder.Configuration["Logging:Format"] == "json")
        {
            builder.Logging.AddJsonConsole();
        }

        builder.AddBot();
        builder.AddMatcher();
        builder.AddPublicSite();
        builder.AddAdmin();
        builder.Services.AddSingleton<IValidateOptions<MatcherOptions>, PublicLinkValidator>();

        var app = builder.Build();
        app.MapServerHealth();
        app.MapServerMetrics();
        app.MapBot();
        app.MapMatcher();
        app.MapPublicSite();
        app.MapAdmin();
        return app;
    }
}
