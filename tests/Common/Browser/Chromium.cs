using Microsoft.Playwright;

namespace ZeroWork.Tests.Common.Browser;

/// <summary>Debian's headless Chromium driven by Playwright's bundled driver; no browser is ever downloaded. A missing browser fails the test, saying so, rather than passing it silently.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: apt-get install chromium (.ci/run does)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>docs/screenshots in the checkout when <c>ZEROWORK_SCREENSHOTS=docs</c> (to refresh the committed pictures), otherwise a temporary folder so a test run leaves the checkout clean.</summary>
    public static string ScreenshotFolder()
    {
        if (Environment.GetEnvironmentVariable("ZEROWORK_SCREENSHOTS") != "docs")
        {
            return Directory.CreateTempSubdirectory("zw-shots-").FullName;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ZeroWork.sln")))
            {
                var folder = Path.Combine(dir.FullName, "docs", "screenshots");
                Directory.CreateDirectory(folder);
                return folder;
            }
        }

        return Directory.CreateTempSubdirectory("zw-shots-").FullName;
    }
}
