using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Tests.Stations;

public sealed class StationPagesTests
{
    private static Dictionary<string, string> Application(string area = "45") => new()
    {
        ["Form.Name"] = "黄龙零工驿站",
        ["Form.Township"] = "黄龙镇",
        ["Form.Applicant"] = "黄龙镇人社服务中心",
        ["Form.Manager"] = "王站长",
        ["Form.ManagerPhone"] = "13712345678",
        ["Form.Address"] = "襄州区黄龙镇政府旁",
        ["Form.HasFixedPremises"] = "true",
        ["Form.Area"] = area,
        ["Form.Services"] = "信息登记",
        ["Form.Staff"] = "王站长\n李干事",
        ["Form.ServiceRules"] = "每日值班，登记台账",
        ["Form.OpeningHours"] = "6:30-18:00",
    };

    private static async Task<string> ApplyAsync(AdminClient county, Dictionary<string, string> form, params (string, string, byte[])[] files)
    {
        var page = await county.GetStringAsync("/admin/stations/apply");
        using var response = await county.PostMultipartAsync("/admin/stations/apply", page, form, files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString().Split('/').Last();
    }

    private static async Task<HttpResponseMessage> StepAsync(AdminClient client, string id, string action, string note = "", string? deadline = null, bool confirmed = true)
    {
        var page = await client.GetStringAsync($"/admin/stations/details/{id}");
        var fields = new Dictionary<string, string> { ["action"] = action, ["note"] = note };
        if (confirmed)
        {
            fields["confirmed"] = "true";
        }

        if (deadline is not null)
        {
            fields["deadline"] = deadline;
        }

        return await client.PostAsync($"/admin/stations/details/{id}?handler=Step", page, fields);
    }

    [Fact]
    public async Task A_township_application_goes_through_review_approval_filing_and_plaque_each_by_its_role()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("bureau-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        using var bureau = await app.SignInAsync("bureau-xz", AdminApp.StaffPassword);
        using var city = await app.SignInAsync();

        var form = Application();
        form["Form.Services"] = "信息登记";
        var page = await county.GetStringAsync("/admin/stations/apply");
        var multi = new MultipartFormDataContent { { new StringContent(AdminClient.TokenOf(page)), "__RequestVerificationToken" } };
        foreach (var (k, v) in form)
        {
            multi.Add(new StringContent(v), k);
        }

        multi.Add(new StringContent("信息发布"), "Form.Services");
        multi.Add(new StringContent("政策咨询"), "Form.Services");
        var pdf = new ByteArrayContent("%PDF-1.4 申报表"u8.ToArray());
        multi.Add(pdf, "files", "申报表.pdf");
        using var created = await county.Http.PostAsync(new Uri("/admin/stations/apply", UriKind.Relative), multi);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.ToString().Split('/').Last();

        var station = app.Db.Stations.FindById(id);
        Assert.StartsWith("tw-xiangzhou-", id, StringComparison.Ordinal);
        Assert.Equal(StationState.Applied, station.State);
        Assert.Equal("sub-xiangzhou", station.ParentId);
        Assert.Equal(["王站长", "李干事"], station.Staff);
        Assert.Single(station.Attachments);

        using (var wrongRole = await StepAsync(city, id, "Review"))
        {
            Assert.Equal(HttpStatusCode.Conflict, wrongRole.StatusCode);
        }

        using (var r = await StepAsync(county, id, "Review", "材料齐全，条件符合", confirmed: false))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("请先勾选确认", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(StationState.Applied, app.Db.Stations.FindById(id).State);
        }

        using (var r = await StepAsync(county, id, "Review", "材料齐全，条件符合")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using (var r = await StepAsync(county, id, "File")) { Assert.Equal(HttpStatusCode.Conflict, r.StatusCode); }
        using (var r = await StepAsync(county, id, "Approve", "同意设立"))
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Contains("另一位工作人员", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var r = await StepAsync(bureau, id, "Approve", "同意设立")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using (var r = await StepAsync(city, id, "File", "已备案")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using (var r = await StepAsync(county, id, "GrantPlaque")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }

        station = app.Db.Stations.FindById(id);
        Assert.Equal(StationState.Operating, station.State);
        Assert.Equal("黄龙零工驿站", station.Plaque);
        Assert.Equal(["county-xz", "county-xz", "bureau-xz", "admin", "county-xz"], station.History.Select(h => h.Actor));
        var details = await county.GetStringAsync($"/admin/stations/details/{id}");
        Assert.Contains("材料齐全，条件符合", details, StringComparison.Ordinal);
        Assert.Contains("申报表.pdf", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_is_refused_on_the_page_when_the_area_is_under_30_square_metres()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var form = Application(area: "20");
        var id = await ApplyAsync(county, form);
        var page = await county.GetStringAsync($"/admin/stations/details/{id}");
        Assert.Contains("不符合", page, StringComparison.Ordinal);
        using var r = await StepAsync(county, id, "Review");
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("条件不齐备", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(StationState.Applied, app.Db.Stations.FindById(id).State);
    }

    [Fact]
    public async Task Rectification_with_deadline_and_revocation_by_county_then_city()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("bureau-xz", StaffRole.County, district: "xiangzhou");
        var id = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: id);
        var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);

        using (var r = await StepAsync(county, id, "RequestRevocation", "问题突出")) { Assert.Equal(HttpStatusCode.Conflict, r.StatusCode); }

        using (var r = await StepAsync(county, id, "OrderRectification", "候工区无饮水设施", "2026-04-10")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        var station = app.Db.Stations.FindById(id);
        Assert.Equal(StationState.Rectifying, station.State);
        Assert.Equal(new DateTime(2026, 4, 10, 15, 59, 59, DateTimeKind.Utc), station.RectifyBy);

        using (var r = await StepAsync(county, id, "RequestRevocation", "逾期未整改"))
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Contains("整改期限", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Forty days on, the session has long expired: sign in again.
        app.Time.Advance(TimeSpan.FromDays(40));
        county.Dispose();
        county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        using var city = await app.SignInAsync();
        using var bureau = await app.SignInAsync("bureau-xz", AdminApp.StaffPassword);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var list = await county.GetStringAsync("/admin/stations?state=Rectifying");
        Assert.Contains("已逾期", list, StringComparison.Ordinal);

        using (var r = await StepAsync(county, id, "RequestRevocation", "逾期未整改")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using (var r = await StepAsync(county, id, "ApproveRevocation")) { Assert.Equal(HttpStatusCode.Conflict, r.StatusCode); }
        using (var r = await StepAsync(bureau, id, "ApproveRevocation")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using (var r = await StepAsync(city, id, "FileRevocation")) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        county.Dispose();
        station = app.Db.Stations.FindById(id);
        Assert.Equal(StationState.Revoked, station.State);
        Assert.Null(station.Plaque);
        Assert.Contains(app.Db.Audit.FindAll(), a => a.Actor == "admin" && a.Subject == $"station:{id}" && a.Action.StartsWith("撤销备案", StringComparison.Ordinal));

        // The revoked station's own account: its session ends and it cannot sign in again.
        using (var kicked = await clerk.GetAsync("/admin/")) { Assert.Equal(HttpStatusCode.Redirect, kicked.StatusCode); }
        using var again = await app.NewClient().LoginAsync("clerk", AdminApp.StaffPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Contains("已停用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_are_limited_by_type_content_and_size_and_names_cannot_escape_the_folder()
    {
        using var app = new AdminApp(new Dictionary<string, string?> { ["Admin:MaxUploadBytes"] = "2048" });
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var id = Seed.Township(app.Db, "xiangzhou");
        var url = $"/admin/stations/details/{id}?handler=Upload";

        async Task<HttpResponseMessage> Upload(string name, byte[] content) =>
            await county.PostMultipartAsync(url, await county.GetStringAsync($"/admin/stations/details/{id}"), [], ("files", name, content));

        using (var exe = await Upload("setup.exe", "MZ..."u8.ToArray())) { Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode); }
        using (var fake = await Upload("fake.pdf", "<html>not a pdf</html>"u8.ToArray())) { Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode); }
        using (var big = await Upload("big.pdf", [.. "%PDF"u8.ToArray(), .. new byte[4096]])) { Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode); }
        using (var sneaky = await Upload("../../../evil.pdf", "%PDF-1.4 ok"u8.ToArray())) { Assert.Equal(HttpStatusCode.Redirect, sneaky.StatusCode); }

        var entry = Assert.Single(app.Db.Stations.FindById(id).Attachments);
        var stored = entry.Split('|')[0];
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", stored);
        Assert.Equal("evil.pdf", entry.Split('|')[1]);
        Assert.True(File.Exists(Path.Combine(app.Folder, "uploads", stored)));
        Assert.False(File.Exists(Path.Combine(app.Folder, "evil.pdf")));
        Assert.Single(Directory.GetFiles(Path.Combine(app.Folder, "uploads")));

        using var ok = await county.GetAsync($"/admin/stations/attachment?id={id}&file={stored}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("application/pdf", ok.Content.Headers.ContentType!.MediaType);
        foreach (var probe in new[] { "../test.db", "..%2Ftest.db", "%2Fetc%2Fpasswd", $"..%2Fuploads%2F{stored}" })
        {
            using var bad = await county.GetAsync($"/admin/stations/attachment?id={id}&file={probe}");
            Assert.Equal(HttpStatusCode.NotFound, bad.StatusCode);
        }
    }
}
