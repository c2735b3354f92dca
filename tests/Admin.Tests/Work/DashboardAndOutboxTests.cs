using System.Text.RegularExpressions;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Work;

public sealed partial class DashboardAndOutboxTests
{
    [Fact]
    public async Task The_dashboard_counts_today_and_this_month_within_the_viewers_jurisdiction()
    {
        using var app = new AdminApp();
        var xz = Seed.Township(app.Db, "xiangzhou");
        var fc = Seed.Township(app.Db, "fancheng");
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        var e1 = Seed.Person(app.Db, xz, "13900000011", worker: false);
        var e2 = Seed.Person(app.Db, fc, "13900000022", worker: false);
        var today = Seed.Post(app.Db, xz, e1.Id);
        Seed.Post(app.Db, xz, e1.Id, createdAt: app.Db.UtcNow.AddDays(-5));
        Seed.Post(app.Db, fc, e2.Id);
        var w = Seed.Person(app.Db, xz, "13900000033");
        app.Db.Pushes.Insert(new Push { Key = Push.KeyOf(today.Id, w.Id), JobId = today.Id, WorkerId = w.Id, State = PushState.Accepted, CreatedAt = app.Db.UtcNow, AnsweredAt = app.Db.UtcNow });
        Seed.Consultation(app.Db, xz, w.Id);
        Seed.Consultation(app.Db, fc, e2.Id);

        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var page = await county.GetStringAsync("/admin/");
        Assert.Equal("1", Tile(page, "today-posts"));
        Assert.Equal("2", Tile(page, "month-posts"));
        Assert.Equal("2", Tile(page, "today-registrations"));
        Assert.Equal("1", Tile(page, "today-pushes"));
        Assert.Equal("1", Tile(page, "today-fills"));
        Assert.Equal("1", Tile(page, "open-consultations"));
        Assert.Contains("<svg class=\"chart\"", page, StringComparison.Ordinal);

        using var admin = await app.SignInAsync();
        var all = await admin.GetStringAsync("/admin/");
        Assert.Equal("2", Tile(all, "today-posts"));
        Assert.Equal("3", Tile(all, "month-posts"));
        Assert.Equal("2", Tile(all, "open-consultations"));
    }

    [Fact]
    public async Task The_city_sees_a_line_per_county_and_opens_each_countys_own_dashboard_while_a_county_sees_only_its_own()
    {
        using var app = new AdminApp();
        var xz = Seed.Township(app.Db, "xiangzhou");
        var xz2 = Seed.Township(app.Db, "xiangzhou", 1);
        var fc = Seed.Township(app.Db, "fancheng");
        var e1 = Seed.Person(app.Db, xz, "13900000011", worker: false);
        var e2 = Seed.Person(app.Db, fc, "13900000022", worker: false);
        Seed.Post(app.Db, xz, e1.Id);
        Seed.Post(app.Db, xz2, e1.Id, status: Market.Jobs.JobStatus.Published);
        Seed.Post(app.Db, fc, e2.Id, status: Market.Jobs.JobStatus.Published);
        var w = Seed.Person(app.Db, xz2, "13900000033");
        var answered = Seed.Consultation(app.Db, xz, w.Id, createdAt: app.Db.UtcNow.AddHours(-6));
        app.Db.Consultations.Update(answered with { FirstResponseAt = app.Db.UtcNow.AddHours(-4) });
        var later = Seed.Consultation(app.Db, xz2, w.Id, createdAt: app.Db.UtcNow.AddHours(-5));
        app.Db.Consultations.Update(later with { FirstResponseAt = app.Db.UtcNow.AddHours(-1) });
        app.Db.Stations.Update(app.Db.Stations.Find(xz2)! with { State = Market.Stations.StationState.Revoked });
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");

        using var admin = await app.SignInAsync();
        var city = await admin.GetStringAsync("/admin/");
        var row = CountyRow(city, "xiangzhou");
        Assert.Equal("2", Cell(row, "posts"));
        Assert.Equal("2", Cell(row, "registrations"));
        Assert.Equal("1", Cell(row, "pending"));
        Assert.Contains("<td>2 / 2</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>3.0</td>", row, StringComparison.Ordinal);
        Assert.Equal((app.Db.Stations.All().Count(s => s.District == "xiangzhou" && s.Level == Market.Stations.StationLevel.Township) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(row, "stations"));
        Assert.Equal("1", Cell(CountyRow(city, "fancheng"), "posts"));
        Assert.Equal("0", Cell(CountyRow(city, "baokang"), "posts"));
        Assert.Equal(11, CountyRows().Count(city));

        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var own = await county.GetStringAsync("/admin/");
        var opened = await admin.GetStringAsync("/admin/?district=xiangzhou");
        foreach (var tile in new[] { "today-posts", "month-posts", "month-registrations", "open-consultations" })
        {
            Assert.Equal(Tile(own, tile), Tile(opened, tile));
        }

        Assert.Equal("2", Tile(opened, "month-posts"));
        Assert.Contains("<small>襄州区</small>", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"counties\"", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"counties\"", own, StringComparison.Ordinal);
        using (var other = await county.GetAsync("/admin/?district=fancheng"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
        }

        using var unknown = await admin.GetAsync("/admin/?district=nowhere");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string CountyRow(string page, string district)
    {
        var start = page.IndexOf($"<tr id=\"county-{district}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no line for {district}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string Cell(string row, string cls) => Regex.Match(row, $"<td class=\"{cls}\">([^<]*)</td>").Groups[1].Value;

    [GeneratedRegex("<tr id=\"county-")]
    private static partial Regex CountyRows();

    [Fact]
    public async Task The_outbox_view_masks_addresses_and_numbers_in_texts_and_shows_cost()
    {
        using var app = new AdminApp();
        var xz = Seed.Township(app.Db, "xiangzhou");
        var p = Seed.Person(app.Db, xz, "13512345678");
        app.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13512345678", Text = "您的招工已有人接单：王师傅，电话13887654321。", IdempotencyKey = "k1", PersonId = p.Id, State = OutboxState.Failed, LastError = "签名未审核" });
        app.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.WeChatTemplate, Address = "oWx_someone_0000001", Text = "你好", IdempotencyKey = "k2" });
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");

        using var admin = await app.SignInAsync();
        var page = await admin.GetStringAsync("/admin/outbox");
        Assert.Contains("135****5678", page, StringComparison.Ordinal);
        Assert.Contains("138****4321", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13512345678", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13887654321", page, StringComparison.Ordinal);
        Assert.DoesNotContain("oWx_someone_0000001", page, StringComparison.Ordinal);
        Assert.Contains("签名未审核", page, StringComparison.Ordinal);
        Assert.Contains("1 / 0.045", page, StringComparison.Ordinal);

        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var theirs = await county.GetStringAsync("/admin/outbox");
        Assert.Contains("135****5678", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("oWx_", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_simulator_talks_to_the_bot_only_as_a_sandbox_user_whose_messages_never_leave_the_outbox()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "gaoxin");
        var real = Seed.Person(app.Db, station, "13812340000");
        Seed.Consultation(app.Db, station, real.Id, text: "老板欠我三千块工资");
        using var admin = await app.SignInAsync();
        // An address typed into the form is ignored: the simulator speaks only as the staff member's own sandbox users.
        using var r = await admin.SubmitAsync("/admin/simulator", "/admin/simulator", new() { ["channel"] = "sms", ["address"] = "13812340000", ["persona"] = "2", ["text"] = "明天有空 会瓦工 住七里河" });
        var page = await r.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode);
        // Only the staff member's second sandbox user spoke; the number typed into the form heard nothing and said nothing.
        var adminId = app.Db.Staff.ByUserName("admin")!.Id;
        var sandboxUser = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ZeroWork.Market.Messaging.Sandbox.SmsPrefix}{adminId % 10_000:D4}0002");
        Assert.Equal(1, app.Db.Inbound.Count());
        Assert.Empty(app.Db.Inbound.LatestFrom("13812340000", 10));
        var inbound = Assert.Single(app.Db.Inbound.LatestFrom(sandboxUser, 10));
        Assert.True(ZeroWork.Market.Messaging.Sandbox.IsAddress(inbound.From), inbound.From);
        Assert.StartsWith("100", inbound.From, StringComparison.Ordinal);
        Assert.Equal("明天有空 会瓦工 住七里河", inbound.Text);
        Assert.StartsWith("sim:", inbound.DedupeKey, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(inbound.Reply));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(inbound.Reply!), page, StringComparison.Ordinal);
        Assert.DoesNotContain("老板欠我三千块工资", page, StringComparison.Ordinal);
        Assert.Contains(app.AuditTrail, a => a.Action == "模拟对话");
        Assert.DoesNotContain(app.Db.Outbox.All(), m => m.Address == "13812340000");
        Assert.All(app.Db.Outbox.ToAddress(inbound.From), m => Assert.Equal(ZeroWork.Market.Messaging.OutboxState.NotSent, m.State));
        Assert.NotEmpty(app.Db.Outbox.ToAddress(inbound.From));

        using var wechat = await admin.SubmitAsync("/admin/simulator", "/admin/simulator", new() { ["channel"] = "wechat", ["persona"] = "1", ["text"] = "明天7点檀溪路要2个小工一天180" });
        Assert.Equal(System.Net.HttpStatusCode.OK, wechat.StatusCode);
        // A sandbox employer's post is held and can never go out to real workers.
        Assert.All(app.Db.Jobs.All(), j => Assert.NotEqual(ZeroWork.Market.Jobs.JobStatus.Published, j.Status));

        using var bad = await admin.SubmitAsync("/admin/simulator", "/admin/simulator", new() { ["channel"] = "sms", ["text"] = "" });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static string Tile(string page, string id) => TileValue().Matches(page).First(m => m.Groups[1].Value == id).Groups[2].Value;

    [GeneratedRegex("id=\"([a-z-]+)\"[^>]*>(\\d+)<")]
    private static partial Regex TileValue();
}
