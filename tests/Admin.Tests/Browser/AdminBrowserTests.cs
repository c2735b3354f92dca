using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Admin.Tests.Stations;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Tests.Browser;

/// <summary>A real browser against the app on a loopback port: the flows staff do every day, with screenshots of the main pages, and the printables printed to PDF.</summary>
public sealed partial class AdminBrowserTests : IAsyncLifetime
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

    private async Task<IPage> SignInAsync(string user, string password)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        Assert.Contains("/admin/account/login", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.FillAsync("input[name=userName]", user);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("text=工作概览");
        return page;
    }

    /// <summary>Ticks the step's confirmation box, then takes the step.</summary>
    private static async Task Step(IPage page, string action)
    {
        await page.CheckAsync($"form:has(button[value={action}]) input[name=confirmed]");
        await page.ClickAsync($"button[value={action}]");
    }

    private Task Shot(IPage page, string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Sign_in_shows_the_dashboard_styled_from_local_assets()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUri.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var login = await context.NewPageAsync();
        var failed = new List<string>();
        login.RequestFailed += (_, r) => failed.Add(r.Url);
        var violations = new List<string>();
        login.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { violations.Add(m.Text); } };
        await login.GotoAsync("/admin/account/login");
        await Shot(login, "01-login");
        await login.FillAsync("input[name=userName]", "admin");
        await login.FillAsync("input[name=password]", "wrong-password-1");
        await login.ClickAsync("button[type=submit]");
        Assert.Contains("用户名或密码错误", await login.InnerTextAsync(".error"), StringComparison.Ordinal);
        await login.FillAsync("input[name=userName]", "admin");
        await login.FillAsync("input[name=password]", AdminApp.AdminPassword);
        await login.ClickAsync("button[type=submit]");
        await login.WaitForSelectorAsync("svg.chart");
        var background = await login.EvalOnSelectorAsync<string>("header.top", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(31, 58, 96)", background);
        Assert.Empty(failed);
        Assert.Empty(violations);

        await login.ClickAsync("button:has-text('退出')");
        await login.WaitForSelectorAsync("text=工作人员登录");
    }

    [Fact]
    public async Task A_station_application_is_reviewed_approved_filed_and_plaqued_step_by_step()
    {
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("bureau-xz", StaffRole.County, district: "xiangzhou");
        var county = await SignInAsync("county-xz", AdminApp.StaffPassword);
        await county.ClickAsync("nav >> text=驿站管理");
        await county.ClickAsync("text=登记新的驿站申报");
        await county.FillAsync("#Form_Name", "黄龙零工驿站");
        await county.FillAsync("#Form_Township", "黄龙镇");
        await county.FillAsync("#Form_Applicant", "黄龙镇人社服务中心");
        await county.FillAsync("#Form_Manager", "王站长");
        await county.FillAsync("#Form_ManagerPhone", "13712345678");
        await county.FillAsync("#Form_Address", "襄州区黄龙镇政府东50米");
        await county.CheckAsync("#Form_HasFixedPremises");
        await county.FillAsync("#Form_Area", "45");
        foreach (var service in new[] { "信息登记", "信息发布", "政策咨询", "培训报名" })
        {
            await county.CheckAsync($"input[name='Form.Services'][value='{service}']");
        }

        await county.FillAsync("#Form_Staff", "王站长\n李干事");
        await county.FillAsync("#Form_ServiceRules", "每日值班，建立登记台账。");
        var pdf = Path.Combine(app.Folder, "申报表.pdf");
        await File.WriteAllBytesAsync(pdf, "%PDF-1.4 申报表"u8.ToArray());
        await county.SetInputFilesAsync("input[type=file]", pdf);
        await Shot(county, "03-station-application");
        await county.ClickAsync("button:has-text('提交申报')");
        await county.WaitForSelectorAsync("#conditions");
        var id = county.Url.Split('/').Last();

        await county.FillAsync("form:has(button[value=Review]) input[name=note]", "材料齐全，条件符合");
        await Step(county, "Review");
        await county.WaitForSelectorAsync("text=已办理：审核通过");
        // Who reviewed may not approve: the approval button is not offered to them.
        Assert.Equal(0, await county.Locator("button[value=Approve]").CountAsync());
        var bureau = await SignInAsync("bureau-xz", AdminApp.StaffPassword);
        await bureau.GotoAsync($"/admin/stations/details/{id}");
        await Step(bureau, "Approve");
        await bureau.WaitForSelectorAsync("text=已办理：批准");
        Assert.Equal(0, await county.Locator("button[value=File]").CountAsync());

        var city = await SignInAsync("admin", AdminApp.AdminPassword);
        await city.GotoAsync($"/admin/stations/details/{id}");
        await Step(city, "File");
        await city.WaitForSelectorAsync("text=已办理：备案");

        await county.ReloadAsync();
        await Step(county, "GrantPlaque");
        await county.WaitForSelectorAsync("text=已办理：授予标识牌");
        var history = await county.InnerTextAsync("#history");
        Assert.Contains("材料齐全，条件符合", history, StringComparison.Ordinal);
        Assert.Contains("admin", history, StringComparison.Ordinal);
        await Shot(county, "04-station-details");

        var station = app.Db.Stations.Find(id)!;
        Assert.Equal(StationState.Operating, station.State);
        Assert.Equal("黄龙零工驿站", station.Plaque);

        await county.ClickAsync("nav >> text=驿站管理");
        await Shot(county, "05-stations");
    }

    [Fact]
    public async Task A_consultation_reply_is_sent_through_the_outbox()
    {
        var stationId = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: stationId);
        var person = Seed.Person(app.Db, stationId, "13700001234", "李大姐");
        var c = Seed.Consultation(app.Db, stationId, person.Id, createdAt: app.Db.UtcNow.AddHours(-30));
        Seed.Consultation(app.Db, stationId, person.Id, createdAt: app.Db.UtcNow.AddHours(-2), text: "有没有电工培训？");

        var clerk = await SignInAsync("clerk", AdminApp.StaffPassword);
        await clerk.ClickAsync("nav >> text=咨询受理");
        Assert.Contains("超时", await clerk.InnerTextAsync("tr.overdue"), StringComparison.Ordinal);
        await Shot(clerk, "06-consultations");
        await clerk.ClickAsync($"#consultations a:text-is('{c.Id}')");
        await clerk.FillAsync("textarea[name=text]", "请保留考勤记录和聊天记录，可到驿站现场办理维权登记。");
        await Shot(clerk, "07-consultation-reply");
        await clerk.ClickAsync("button:has-text('发送答复')");
        await clerk.WaitForSelectorAsync("text=答复已发送");

        var message = Assert.Single(app.Db.Outbox.All());
        Assert.Equal(OutboxChannel.Sms, message.Channel);
        Assert.Equal("13700001234", message.Address);
        Assert.Contains("请保留考勤记录", message.Text, StringComparison.Ordinal);
        Assert.Equal(ConsultationState.Answered, app.Db.Consultations.Find(c.Id)!.State);

        await clerk.ClickAsync("nav >> text=消息发件箱");
        Assert.Contains("137****1234", await clerk.InnerTextAsync("#outbox"), StringComparison.Ordinal);
        await Shot(clerk, "08-outbox");
    }

    [Fact]
    public async Task Revealing_a_phone_number_shows_it_and_is_audited()
    {
        var stationId = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: stationId);
        var clerk = await SignInAsync("clerk", AdminApp.StaffPassword);

        await clerk.ClickAsync("nav >> text=人员登记");
        await clerk.ClickAsync("text=窗口登记新人员");
        await clerk.FillAsync("#Form_Name", "王大山");
        await clerk.FillAsync("#Form_Phone", "13866667777");
        await clerk.CheckAsync("input[name='Form.Skills'][value=bricklayer]");
        await clerk.FillAsync("#Form_HomePlace", "双沟镇");
        await clerk.FillAsync("#Form_PayWanted", "200");
        await clerk.CheckAsync("#Form_Consent");
        await clerk.ClickAsync("button:has-text('登记')");
        await clerk.WaitForSelectorAsync("text=已登记：王大山");
        Assert.Contains("138****7777", await clerk.InnerTextAsync("#people"), StringComparison.Ordinal);
        Assert.DoesNotContain("13866667777", await clerk.ContentAsync(), StringComparison.Ordinal);
        await Shot(clerk, "09-people");

        await clerk.ClickAsync("button:has-text('查看完整号码')");
        await clerk.WaitForSelectorAsync("td.phone:text-is('13866667777')");
        // A refresh shows the masked number again and does not log a second reveal.
        await clerk.ReloadAsync();
        await clerk.WaitForSelectorAsync("td.phone:text-is('138****7777')");
        var audit = Assert.Single(app.AuditTrail, a => a.Action == "查看完整电话");
        Assert.Equal("clerk", audit.Actor);

        await clerk.ClickAsync("nav >> text=审计日志");
        Assert.Contains("查看完整电话", await clerk.InnerTextAsync("#audit"), StringComparison.Ordinal);
        await Shot(clerk, "10-audit");
    }

    [Fact]
    public async Task Main_pages_render_for_the_city_administrator()
    {
        var stationId = Seed.Township(app.Db, "xiangzhou");
        var employer = Seed.Person(app.Db, stationId, "13911112222", "刘老板", worker: false);
        Seed.Post(app.Db, stationId, employer.Id, description: "先交押金200元", flags: ["向求职者收取费用：押金"]);
        Seed.Post(app.Db, stationId, employer.Id, Market.Jobs.JobStatus.Published);
        for (var day = 0; day < 14; day++)
        {
            for (var n = 0; n < (day * 7 % 5) + 1; n++)
            {
                Seed.Post(app.Db, stationId, employer.Id, Market.Jobs.JobStatus.Published, createdAt: app.Db.UtcNow.AddDays(-day).AddMinutes(-n));
            }

            Seed.Person(app.Db, stationId, $"1360000{day:00}{day:00}", $"工友{day}");
        }

        Seed.Consultation(app.Db, stationId, employer.Id);
        var admin = await SignInAsync("admin", AdminApp.AdminPassword);
        foreach (var (url, name, marker) in new[]
        {
            ("/admin/", "02-dashboard", "svg.chart"),
            ("/admin/vetting", "11-vetting", "#queue"),
            ("/admin/posts", "12-posts", "#posts"),
            ("/admin/assessments", "13-assessments", "#assessments"),
            ("/admin/simulator", "14-simulator", "form"),
            ("/admin/staff", "15-staff", "#staff"),
        })
        {
            await admin.GotoAsync(url);
            await admin.WaitForSelectorAsync(marker);
            await Shot(admin, name);
        }

        await admin.GotoAsync("/admin/simulator");
        await admin.FillAsync("input[name=text]", "明天有空 会瓦工 住七里河");
        await admin.ClickAsync("button:has-text('发送')");
        await admin.WaitForSelectorAsync("#reply");
        Assert.False(string.IsNullOrWhiteSpace(await admin.InnerTextAsync("#reply")));
        await Shot(admin, "14-simulator");
    }

    [Fact]
    public async Task Certificate_application_revocation_form_and_notice_each_print_on_one_page_without_the_site_around_them()
    {
        var id = PrintableTests.WithRevocationRequested(app);
        // A full county's notice: every seeded township station of the county published.
        foreach (var station in app.Db.Stations.All().Where(s => s.District == "xiangzhou" && s.Level == StationLevel.Township && s.Id != id))
        {
            PrintableTests.Publish(app, station.Id);
        }

        var page = await SignInAsync("admin", AdminApp.AdminPassword);

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
            await Shot(page, name);
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
