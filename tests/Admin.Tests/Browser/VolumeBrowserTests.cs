using System.Globalization;
using Microsoft.Playwright;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Browser;

/// <summary>The site as a real office has it: 2,000 people, 1,500 posts, 300 consultations, 1,200 outbox messages, seeded straight into the store, then driven in Chromium.
/// The newest record of each kind must be reachable from its list, counts must be true, and the pages must work at 390 px.</summary>
public sealed class VolumeBrowserTests : IAsyncLifetime
{
    private readonly AdminApp app = new();
    private Uri baseUri = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private Volume volume = null!;

    public async Task InitializeAsync()
    {
        baseUri = app.StartOnLoopback();
        volume = Volume.Seed(app.Db);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        app.Dispose();
    }

    private async Task<IPage> SignInAsync(string user, string password, int width = 1280)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/account/login");
        await page.FillAsync("input[name=userName]", user);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("text=工作概览");
        return page;
    }

    private static async Task<int> CountOnPage(IPage page) =>
        int.Parse(await page.Locator(".pager .count").First.InnerTextAsync(), CultureInfo.InvariantCulture);

    private static async Task<string> FirstRow(IPage page, string table) => await page.Locator($"{table} tbody tr").First.InnerTextAsync();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task At_volume_the_newest_record_of_each_kind_heads_its_list_counts_are_true_and_search_finds_by_masked_phone()
    {
        var admin = await SignInAsync("admin", AdminApp.AdminPassword);

        // 人员登记: 2,000 people, the newest first, 50 a page, the last page reachable.
        await admin.ClickAsync("nav >> text=人员登记");
        Assert.Equal(volume.People.Count, await CountOnPage(admin));
        Assert.StartsWith(Id(volume.NewestPerson.Id), await FirstRow(admin, "#people"), StringComparison.Ordinal);
        Assert.Equal(50, await admin.Locator("#people tbody tr").CountAsync());
        await admin.Locator(".pager a:text-is('末页')").First.ClickAsync();
        await admin.WaitForSelectorAsync($"#people a:text-is('{Id(volume.People.MinBy(p => p.CreatedAt)!.Id)}')");

        // Search by the number as the list shows it (masked), and by part of a name.
        var newest = volume.NewestPerson;
        await admin.FillAsync("input[name=q]", PhoneMask.Mask(newest.Phone));
        await admin.ClickAsync("form.filter button[type=submit]");
        await admin.WaitForSelectorAsync($"#people a:text-is('{Id(newest.Id)}')");
        Assert.Equal(1, await CountOnPage(admin));
        await admin.FillAsync("input[name=q]", "工友0007");
        await admin.ClickAsync("form.filter button[type=submit]");
        Assert.Equal(1, await CountOnPage(admin));

        // 招工信息: 1,500 posts, newest first; the state filter counts truly.
        await admin.ClickAsync("nav >> text=招工信息");
        Assert.Equal(volume.Posts.Count, await CountOnPage(admin));
        Assert.StartsWith(Id(volume.NewestPost.Id), await FirstRow(admin, "#posts"), StringComparison.Ordinal);
        await admin.SelectOptionAsync("select[name=state]", nameof(JobStatus.PendingReview));
        await admin.ClickAsync("form.filter button[type=submit]");
        Assert.Equal(volume.Posts.Count(p => p.Status == JobStatus.PendingReview), await CountOnPage(admin));

        // 咨询受理: newest first, open ones by default, all 300 with 全部.
        await admin.ClickAsync("nav >> text=咨询受理");
        var open = volume.Consultations.Where(c => c.State != ConsultationState.Closed).ToList();
        Assert.Equal(open.Count, await CountOnPage(admin));
        Assert.StartsWith(Id(open.MaxBy(c => c.CreatedAt)!.Id), await FirstRow(admin, "#consultations"), StringComparison.Ordinal);
        await admin.SelectOptionAsync("select[name=state]", "all");
        await admin.ClickAsync("form.filter button[type=submit]");
        Assert.Equal(volume.Consultations.Count, await CountOnPage(admin));
        Assert.StartsWith(Id(volume.NewestConsultation.Id), await FirstRow(admin, "#consultations"), StringComparison.Ordinal);

        // 消息发件箱 and 审计日志: the count is of everything, not of a page.
        await admin.ClickAsync("nav >> text=消息发件箱");
        Assert.Equal(app.Db.Outbox.Count(), await CountOnPage(admin));
        Assert.Contains($"共 {app.Db.Outbox.Count()} 条", await admin.InnerTextAsync("#outbox-summary"), StringComparison.Ordinal);
        await admin.ClickAsync("nav >> text=审计日志");
        Assert.Equal(app.Db.Audit.Count(), await CountOnPage(admin));
        Assert.Contains("登录", await FirstRow(admin, "#audit"), StringComparison.Ordinal);

        // 信息审核: the queue is paged and two posts can be approved at once.
        await admin.ClickAsync("nav >> text=信息审核");
        var pending = volume.Posts.Count(p => p.Status == JobStatus.PendingReview);
        Assert.Equal(pending, await CountOnPage(admin));
        await admin.Locator("#queue input[name=ids]").Nth(0).CheckAsync();
        await admin.Locator("#queue input[name=ids]").Nth(1).CheckAsync();
        await admin.CheckAsync("#batch input[name=confirmed]");
        await admin.ClickAsync("button:has-text('批量审核通过')");
        await admin.WaitForSelectorAsync("text=已通过并发布 2 条");
        Assert.Equal(pending - 2, await CountOnPage(admin));
    }

    [Fact]
    public async Task A_county_officer_sees_only_the_county_newest_first_and_the_pages_fit_a_390_px_phone()
    {
        var county = await SignInAsync("county-xz", AdminApp.StaffPassword, width: 390);
        var xiangzhou = app.Db.Stations.Find(s => s.District == "xiangzhou").Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var theirs = volume.People.Where(p => xiangzhou.Contains(p.StationId!)).ToList();

        foreach (var url in new[] { "/admin/", "/admin/people", "/admin/posts", "/admin/consultations", "/admin/vetting", "/admin/outbox" })
        {
            await county.GotoAsync(url);
            var overflow = await county.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 390px screen");
            Assert.True(await county.Locator("nav.side").IsVisibleAsync(), $"{url}: the menu is hidden at 390px");
        }

        await county.GotoAsync("/admin/people");
        Assert.Equal(theirs.Count, await CountOnPage(county));
        Assert.StartsWith(Id(theirs.MaxBy(p => p.CreatedAt)!.Id), await FirstRow(county, "#people"), StringComparison.Ordinal);
        Assert.Equal(0, await county.Locator("select[name=district]").CountAsync());

        // A record outside the county answers a friendly page with a way back, not a blank one.
        var elsewhere = volume.Consultations.First(c => !xiangzhou.Contains(c.StationId));
        var response = await county.GotoAsync($"/admin/consultations/details/{elsewhere.Id}");
        Assert.Equal(404, response!.Status);
        Assert.Contains("不存在", await county.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.True(await county.Locator("#back").IsVisibleAsync());
    }
}
