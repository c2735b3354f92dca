using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Admin.Tests.Stations;

namespace ZeroWork.Admin.Tests.Browser;

/// <summary>The printables printed by a real browser to PDF: one A4 page each, with no menus or buttons on paper.</summary>
public sealed partial class PrintBrowserTests : IAsyncLifetime
{
    private readonly AdminApp app = new();
    private Uri baseUri = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private readonly string shots = Chromium.ScreenshotFolder();

    public async Task InitializeAsync()
    {
        baseUri = app.StartOnLoopback();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        app.Dispose();
    }

    [Fact]
    public async Task Certificate_application_revocation_form_and_notice_each_print_on_one_page_without_the_site_around_them()
    {
        var id = PrintableTests.WithRevocationRequested(app);
        // A full county's notice: every seeded township station of the county published.
        foreach (var station in app.Db.Stations.All().Where(s => s.District == "xiangzhou" && s.Level == Market.Stations.StationLevel.Township && s.Id != id))
        {
            PrintableTests.Publish(app, station.Id);
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await page.FillAsync("input[name=userName]", "admin");
        await page.FillAsync("input[name=password]", AdminApp.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("text=工作概览");

        var printables = new Dictionary<string, string>
        {
            ["print-certificate"] = $"/admin/stations/print/{id}/plaque",
            ["print-application"] = $"/admin/stations/print/{id}/application",
            ["print-revocation"] = $"/admin/stations/print/{id}/revocation",
            ["print-notice"] = "/admin/assessments/notice?year=2026&district=xiangzhou",
        };
        foreach (var (name, url) in printables)
        {
            await page.GotoAsync(url);
            await page.WaitForSelectorAsync(".sheet");
            Assert.Equal(0, await page.Locator("nav.side").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, name + ".png"), FullPage = true });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await page.IsVisibleAsync(".printbar"), $"{name}: the print bar is printed");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
            Assert.True(PdfPages(pdf) == 1, $"{name} prints on {PdfPages(pdf)} pages");
        }
    }

    private static int PdfPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
