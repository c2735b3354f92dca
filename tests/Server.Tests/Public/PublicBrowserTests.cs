using Microsoft.Playwright;
using ZeroWork.Market.Geography;

namespace ZeroWork.Server.Tests.Public;

/// <summary>The public pages in Debian's Chromium on a phone (390 px) and a station's screen (1366 px), on the demo market, with screenshots.</summary>
public sealed class PublicBrowserTests : IAsyncLifetime
{
    private readonly ZeroWorkFactory app = new(demo: true);
    private readonly string shots = Chromium.ScreenshotFolder();
    private Uri baseUri = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        baseUri = Loopback.Start(app);
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        app.Dispose();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task The_job_list_fits_the_screen_in_large_type_from_local_assets_only(int width, int height)
    {
        var (page, problems) = await OpenAsync(width, height);
        await page.GotoAsync("/jobs?at=" + Uri.EscapeDataString("樊城区") + "&radius_m=50000");

        var cards = page.Locator("article.job");
        Assert.Equal(6, await cards.CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        var fontSize = await page.EvalOnSelectorAsync<string>("body", "e => getComputedStyle(e).fontSize");
        Assert.True(double.Parse(fontSize.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 20, fontSize);
        var tops = await page.EvalOnSelectorAllAsync<double[]>("article.job", "cards => cards.slice(0, 3).map(c => c.getBoundingClientRect().top)");
        if (width < 760)
        {
            Assert.True(tops[1] > tops[0], "one column on a phone");
        }
        else
        {
            Assert.Equal(tops[0], tops[2], 1.0);
        }

        Assert.True(await page.Locator("article.job >> nth=0 >> a.go").IsVisibleAsync());
        await Shot(page, $"public-jobs-{width}");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Use_my_location_sends_the_phones_wgs84_point_and_lists_nearest_first()
    {
        var qilihe = Gazetteer.Xiangyang.Find("七里河")!.Point;
        var (page, problems) = await OpenAsync(390, 844, new Geolocation { Longitude = (float)(qilihe.Lng - 0.0055), Latitude = (float)(qilihe.Lat + 0.0022) });
        await page.GotoAsync("/jobs");

        await page.ClickAsync("button[data-locate]");
        await page.WaitForURLAsync(url => url.Contains("coord=wgs84", StringComparison.Ordinal));

        Assert.Contains("您的位置附近", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.True(await page.Locator("article.job").CountAsync() >= 1);
        Assert.Contains("七里河", await page.InnerTextAsync("article.job >> nth=0"), StringComparison.Ordinal);
        await Shot(page, "public-jobs-my-location-390");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Without_script_the_location_button_stays_hidden_and_the_form_still_searches()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), Locale = "zh-CN", JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/jobs");

        Assert.False(await page.Locator("button[data-locate]").IsVisibleAsync());
        await page.FillAsync("input[name=at]", "七里河");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("article.job");

        Assert.Contains("七里河街道附近", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.ClickAsync("article.job >> nth=0 >> h2 a");
        await page.WaitForSelectorAsync("article.job.one");
        Assert.Contains("怎么接这个活", await page.InnerTextAsync("article.job.one"), StringComparison.Ordinal);
        Assert.Contains("距七里河街道", await page.InnerTextAsync("article.job.one"), StringComparison.Ordinal);
        await Shot(page, "public-job-390");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Stations_show_hotline_hours_conveniences_and_navigation(int width, int height)
    {
        var (page, problems) = await OpenAsync(width, height);
        await page.GotoAsync("/stations?at=" + Uri.EscapeDataString("七里河"));

        var first = page.Locator("article.station >> nth=0");
        var text = await first.InnerTextAsync();
        Assert.Contains("七里河", text, StringComparison.Ordinal);
        Assert.Contains("0710-12333", text, StringComparison.Ordinal);
        Assert.Contains("候工休息", text, StringComparison.Ordinal);
        Assert.True(await first.Locator("a.go").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await Shot(page, $"public-stations-{width}", fullPage: false);
        Assert.Empty(problems);
    }

    private async Task<(IPage Page, List<string> Problems)> OpenAsync(int width, int height, Geolocation? at = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUri.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Geolocation = at,
            Permissions = at is null ? [] : ["geolocation"],
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.RequestFailed += (_, r) => problems.Add("failed: " + r.Url);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(baseUri.ToString(), StringComparison.Ordinal))
            {
                problems.Add("off-site: " + r.Url);
            }
        };
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text + " " + m.Location);
            }
        };
        return (page, problems);
    }

    /// <summary>The station list is long: its pictures show the first screen only.</summary>
    private Task Shot(IPage page, string name, bool fullPage = true) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, name + ".png"), FullPage = fullPage });
}
