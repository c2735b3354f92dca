using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Vetting;

public sealed class ReviewPagesTests
{
    [Fact]
    public async Task Approving_a_held_post_publishes_it_raises_JobChanged_and_tells_the_employer()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        var employer = Seed.Person(app.Db, station, "13911112222", "刘老板", worker: false);
        var post = Seed.Post(app.Db, station, employer.Id, flags: ["日薪明显偏离常见范围"]);
        var events = new List<MarketEvent>();
        using var _ = app.Services.GetRequiredService<MarketEvents>().Subscribe(events.Add);

        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var queue = await clerk.GetStringAsync("/admin/vetting");
        Assert.Contains("日薪明显偏离常见范围", queue, StringComparison.Ordinal);
        Assert.Contains("微信", queue, StringComparison.Ordinal);

        using var r = await clerk.SubmitAsync($"/admin/vetting/review/{post.Id}", $"/admin/vetting/review/{post.Id}?handler=Approve", new() { ["note"] = "电话核实属实", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var stored = app.Db.Jobs.FindById(post.Id);
        Assert.Equal(JobStatus.Published, stored.Status);
        Assert.Equal("clerk", stored.ReviewedBy);
        Assert.NotNull(stored.PublishedAt);
        Assert.Contains(events, e => e is JobChanged { Published: true } c && c.JobId == post.Id);
        var message = Assert.Single(app.Db.Outbox.FindAll());
        Assert.Equal(OutboxChannel.Sms, message.Channel);
        Assert.Equal("13911112222", message.Address);
        Assert.Equal("PostReviewed", message.Template);
        Assert.Contains("已审核通过并发布", message.Text, StringComparison.Ordinal);

        using var again = await clerk.SubmitAsync($"/admin/vetting/review/{post.Id}", $"/admin/vetting/review/{post.Id}?handler=Approve", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(app.Db.Outbox.FindAll());
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_which_reaches_the_employer_by_wechat()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var employer = Seed.Person(app.Db, station, "13911113333", worker: false, openId: "oWx_employer_000001", lastWeChat: app.Db.UtcNow.AddHours(-2));
        var post = Seed.Post(app.Db, station, employer.Id, description: "先交押金300元", flags: ["向求职者收取费用：押金"]);
        var events = new List<MarketEvent>();
        using var _ = app.Services.GetRequiredService<MarketEvents>().Subscribe(events.Add);
        using var admin = await app.SignInAsync();

        using var noReason = await admin.SubmitAsync($"/admin/vetting/review/{post.Id}", $"/admin/vetting/review/{post.Id}?handler=Reject", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(JobStatus.PendingReview, app.Db.Jobs.FindById(post.Id).Status);

        using var r = await admin.SubmitAsync($"/admin/vetting/review/{post.Id}", $"/admin/vetting/review/{post.Id}?handler=Reject", new() { ["reason"] = "不得向求职者收取押金", ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(JobStatus.Rejected, app.Db.Jobs.FindById(post.Id).Status);
        Assert.DoesNotContain(events, e => e is JobChanged { Published: true });
        var message = Assert.Single(app.Db.Outbox.FindAll());
        Assert.Equal(OutboxChannel.WeChatCustom, message.Channel);
        Assert.Equal("oWx_employer_000001", message.Address);
        Assert.Contains("不得向求职者收取押金", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_station_cannot_review_another_stations_post()
    {
        using var app = new AdminApp();
        var mine = Seed.Township(app.Db, "xiangzhou", 0);
        var other = Seed.Township(app.Db, "xiangzhou", 1);
        app.AddStaff("clerk", StaffRole.Station, station: mine);
        var employer = Seed.Person(app.Db, other, "13911114444", worker: false);
        var post = Seed.Post(app.Db, other, employer.Id, flags: ["x"]);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var queue = await clerk.GetStringAsync("/admin/vetting");
        Assert.DoesNotContain($"/admin/vetting/review/{post.Id}\"", queue, StringComparison.OrdinalIgnoreCase);
        using var r = await clerk.PostAsync($"/admin/vetting/review/{post.Id}?handler=Approve", queue, []);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal(JobStatus.PendingReview, app.Db.Jobs.FindById(post.Id).Status);
    }

    [Fact]
    public async Task A_blocked_phone_sends_its_next_counter_post_to_review()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        using var add = await county.SubmitAsync("/admin/vetting/blocked", "/admin/vetting/blocked?handler=Add", new() { ["address"] = "139 2222 3333", ["reason"] = "多次虚假招工" });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal("13922223333", Assert.Single(app.Db.Blocked.FindAll()).Address);
        var list = await county.GetStringAsync("/admin/vetting/blocked");
        Assert.Contains("139****3333", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13922223333", list, StringComparison.Ordinal);

        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        using var post = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", PostsAndPeopleForms.Post("13922223333"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var job = Assert.Single(app.Db.Jobs.FindAll());
        Assert.Equal(JobStatus.PendingReview, job.Status);
        Assert.Contains("联系电话在黑名单中", job.RiskFlags);
    }

    [Fact]
    public async Task A_post_held_for_a_deposit_is_published_only_once_the_deposit_demand_is_gone_from_its_text()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var employer = Seed.Person(app.Db, station, "13911115555", worker: false);
        var post = Seed.Post(app.Db, station, employer.Id, description: "搬水泥，先交押金200元", flags: ["向求职者收取费用：押金"]);
        using var admin = await app.SignInAsync();
        var url = $"/admin/vetting/review/{post.Id}";

        using (var asIs = await admin.SubmitAsync(url, url + "?handler=Approve", new() { ["description"] = "搬水泥，先交押金200元", ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, asIs.StatusCode);
            Assert.Contains("请修改说明", await asIs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(JobStatus.PendingReview, app.Db.Jobs.FindById(post.Id).Status);
        using (var edited = await admin.SubmitAsync(url, url + "?handler=Approve", new() { ["description"] = "搬水泥，不收任何费用", ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        }

        var stored = app.Db.Jobs.FindById(post.Id);
        Assert.Equal(JobStatus.Published, stored.Status);
        Assert.DoesNotContain("押金", stored.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_needs_the_confirmation_tick()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var post = Seed.Post(app.Db, station, Seed.Person(app.Db, station, "13911116666", worker: false).Id, flags: ["日薪明显偏离常见范围"]);
        using var admin = await app.SignInAsync();
        using var r = await admin.SubmitAsync($"/admin/vetting/review/{post.Id}", $"/admin/vetting/review/{post.Id}?handler=Approve", []);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(JobStatus.PendingReview, app.Db.Jobs.FindById(post.Id).Status);
    }

    [Fact]
    public async Task The_reviewer_may_reveal_the_contact_number_once_audited()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var post = Seed.Post(app.Db, station, Seed.Person(app.Db, station, "13911117777", worker: false).Id, flags: ["日薪明显偏离常见范围"]);
        using var admin = await app.SignInAsync();
        var url = $"/admin/vetting/review/{post.Id}";
        var page = await admin.GetStringAsync(url);
        Assert.DoesNotContain("13911117777", page, StringComparison.Ordinal);
        using var reveal = await admin.PostAsync(url + "?handler=Reveal", page, []);
        Assert.Equal(HttpStatusCode.Redirect, reveal.StatusCode);
        Assert.Contains("13911117777", await admin.GetStringAsync(reveal.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.DoesNotContain("13911117777", await admin.GetStringAsync(url), StringComparison.Ordinal);
        Assert.Single(app.Db.Audit.FindAll(), a => a.Action == "查看完整电话" && a.Subject == $"job:{post.Id}");
    }

    [Fact]
    public async Task Batch_approval_publishes_the_ticked_posts_and_leaves_those_with_fee_demands_in_the_queue()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var employer = Seed.Person(app.Db, station, "13911118888", worker: false);
        var fine = Enumerable.Range(0, 3).Select(_ => Seed.Post(app.Db, station, employer.Id, flags: ["日薪明显偏离常见范围"])).ToList();
        var fee = Seed.Post(app.Db, station, employer.Id, description: "先交押金200元", flags: ["向求职者收取费用：押金"]);
        using var admin = await app.SignInAsync();
        var queue = await admin.GetStringAsync("/admin/vetting");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", AdminClient.TokenOf(queue)), new("confirmed", "true") };
        fields.AddRange(fine.Append(fee).Select(p => new KeyValuePair<string, string>("ids", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        using var r = await admin.Http.PostAsync(new Uri("/admin/vetting?handler=Approve", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.All(fine, p => Assert.Equal(JobStatus.Published, app.Db.Jobs.FindById(p.Id).Status));
        Assert.Equal(JobStatus.PendingReview, app.Db.Jobs.FindById(fee.Id).Status);
        Assert.Contains($"#{fee.Id}", await admin.GetStringAsync("/admin/vetting"), StringComparison.Ordinal);
    }
}
