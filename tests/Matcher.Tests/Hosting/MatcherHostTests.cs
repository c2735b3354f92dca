using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZeroWork.Market;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Storage;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Hosting;

public sealed class MatcherHostTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("zw-matcher-host-").FullName;

    [Fact]
    public async Task The_short_link_redirects_to_the_Amap_marker_of_the_post()
    {
        await using var app = Build([]);
        await app.StartAsync();
        var db = app.Services.GetRequiredService<IMarketStore>();
        var id = db.Jobs.Insert(new JobPost { Point = Geo.Fancheng, PlaceText = "七里河", Status = JobStatus.Published });
        using var client = app.GetTestClient();

        using var found = await client.GetAsync(new Uri($"/go/{id}", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/go/999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal("https://uri.amap.com/marker?position=112.135,32.045&name=%E4%B8%83%E9%87%8C%E6%B2%B3&coordinate=gaode", found.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotNull(app.Services.GetRequiredService<ITakeUp>());
        Assert.NotNull(app.Services.GetRequiredService<IJobSearch>());
        await app.StopAsync();
    }

    [Fact]
    public async Task Bad_options_stop_the_start()
    {
        await using var app = Build(["--Matcher:RadiusMeters=0"]);

        await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }

    [Fact]
    public async Task Options_bind_from_configuration()
    {
        await using var app = Build(["--Matcher:QuietHours:Start=22:30", "--Matcher:SecondWaveRadiusMeters=3000"]);

        var options = app.Services.GetRequiredService<IOptions<MatcherOptions>>().Value;

        Assert.Equal(new TimeOnly(22, 30), options.QuietHours.Start);
        Assert.Equal(3000, options.SecondWaveRadiusMeters);
        Assert.Equal(1500, options.RadiusMeters);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder([$"--Storage:Path={Path.Combine(folder, "host.db")}", "--Seed:Demo=false", .. args]);
        builder.WebHost.UseTestServer();
        builder.Services.AddMarket();
        builder.Services.AddLiteDbStore();
        builder.AddMatcher();
        var app = builder.Build();
        app.MapMatcher();
        return app;
    }
}
