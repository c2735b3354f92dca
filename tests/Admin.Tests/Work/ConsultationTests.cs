using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Work;

public sealed class ConsultationTests
{
    [Fact]
    public async Task A_reply_goes_to_the_person_by_sms_through_the_outbox_and_records_the_first_response()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        var person = Seed.Person(app.Db, station, "13700001234");
        var c = Seed.Consultation(app.Db, station, person.Id, createdAt: app.Db.UtcNow.AddHours(-3));
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        var inbox = await clerk.GetStringAsync("/admin/consultations");
        Assert.Contains("老板拖欠工资三天了怎么办", inbox, StringComparison.Ordinal);
        Assert.Contains("3小时0分", inbox, StringComparison.Ordinal);
        Assert.Contains("137****1234", inbox, StringComparison.Ordinal);

        using var r = await clerk.SubmitAsync($"/admin/consultations/details/{c.Id}", $"/admin/consultations/details/{c.Id}?handler=Reply", new() { ["text"] = "请保留考勤记录，可拨打12333投诉" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var stored = app.Db.Consultations.FindById(c.Id);
        Assert.Equal(ConsultationState.Answered, stored.State);
        Assert.Equal(app.Db.UtcNow, stored.FirstResponseAt);
        Assert.Equal("clerk", stored.AssignedTo);
        Assert.Equal("clerk", stored.Thread[^1].FromStaff);
        var message = Assert.Single(app.Db.Outbox.FindAll());
        Assert.Equal(OutboxChannel.Sms, message.Channel);
        Assert.Equal("13700001234", message.Address);
        Assert.Equal("ConsultationReply", message.Template);
        Assert.Equal(person.Id, message.PersonId);
        Assert.Contains("请保留考勤记录", message.Text, StringComparison.Ordinal);

        using var close = await clerk.SubmitAsync($"/admin/consultations/details/{c.Id}", $"/admin/consultations/details/{c.Id}?handler=Close", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal(ConsultationState.Closed, app.Db.Consultations.FindById(c.Id).State);
    }

    [Fact]
    public async Task A_wechat_asker_inside_the_window_gets_a_customer_service_message()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var person = Seed.Person(app.Db, station, "13700004321", openId: "oWx_worker_0000001", lastWeChat: app.Db.UtcNow.AddHours(-1));
        var c = Seed.Consultation(app.Db, station, person.Id, Channel.WeChat);
        using var admin = await app.SignInAsync();
        using var r = await admin.SubmitAsync($"/admin/consultations/details/{c.Id}", $"/admin/consultations/details/{c.Id}?handler=Reply", new() { ["text"] = "可以报名电工培训" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var message = Assert.Single(app.Db.Outbox.FindAll());
        Assert.Equal(OutboxChannel.WeChatCustom, message.Channel);
        Assert.Equal("oWx_worker_0000001", message.Address);
    }

    [Fact]
    public async Task Overdue_consultations_stand_out_are_counted_and_can_be_listed_alone_while_the_newest_come_first()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var person = Seed.Person(app.Db, station, "13700005555");
        Seed.Consultation(app.Db, station, person.Id, createdAt: app.Db.UtcNow.AddHours(-1), text: "最近的问题");
        Seed.Consultation(app.Db, station, person.Id, createdAt: app.Db.UtcNow.AddHours(-30), text: "很久以前的问题");
        using var admin = await app.SignInAsync();
        var inbox = await admin.GetStringAsync("/admin/consultations");
        Assert.Contains("class=\"overdue\"", inbox, StringComparison.Ordinal);
        Assert.Contains("1天6小时（超时）", inbox, StringComparison.Ordinal);
        Assert.Contains("id=\"overdue-alert\"", inbox, StringComparison.Ordinal);
        Assert.True(inbox.IndexOf("最近的问题", StringComparison.Ordinal) < inbox.IndexOf("很久以前的问题", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(inbox, "（超时）"));

        var overdue = await admin.GetStringAsync("/admin/consultations?state=overdue");
        Assert.Contains("很久以前的问题", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("最近的问题", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_complaint_is_closed_only_with_a_reason_and_confirmation_and_can_be_reopened()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var c = Seed.Consultation(app.Db, station, Seed.Person(app.Db, station, "13700007777").Id);
        using var admin = await app.SignInAsync();
        var url = $"/admin/consultations/details/{c.Id}";

        using (var bare = await admin.SubmitAsync(url, url + "?handler=Close", new() { ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
            Assert.Contains("尚未答复", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var unconfirmed = await admin.SubmitAsync(url, url + "?handler=Close", new() { ["reason"] = "已电话联系，问题已解决" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        Assert.Equal(ConsultationState.Open, app.Db.Consultations.FindById(c.Id).State);
        using (var closed = await admin.SubmitAsync(url, url + "?handler=Close", new() { ["reason"] = "已电话联系，问题已解决", ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        Assert.Equal(ConsultationState.Closed, app.Db.Consultations.FindById(c.Id).State);
        using (var reopened = await admin.SubmitAsync(url, url + "?handler=Reopen", new() { ["reason"] = "当事人再次来电" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }

        var stored = app.Db.Consultations.FindById(c.Id);
        Assert.Equal(ConsultationState.Open, stored.State);
        Assert.Null(stored.ClosedAt);
        var page = await admin.GetStringAsync(url);
        Assert.Contains("已电话联系，问题已解决", page, StringComparison.Ordinal);
        Assert.Contains("当事人再次来电", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consultation_is_transferred_to_another_station_with_a_reason_and_leaves_the_old_stations_view()
    {
        using var app = new AdminApp();
        var from = Seed.Township(app.Db, "xiangzhou", 0);
        var to = Seed.Township(app.Db, "fancheng", 0);
        app.AddStaff("clerk", StaffRole.Station, station: from);
        app.AddStaff("other", StaffRole.Station, station: to);
        var c = Seed.Consultation(app.Db, from, Seed.Person(app.Db, from, "13700008888").Id, text: "在樊城打工被拖欠");
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var url = $"/admin/consultations/details/{c.Id}";
        using (var noReason = await clerk.SubmitAsync(url, url + "?handler=Transfer", new() { ["station"] = to }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var moved = await clerk.SubmitAsync(url, url + "?handler=Transfer", new() { ["station"] = to, ["reason"] = "用工地在樊城" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        Assert.Equal(to, app.Db.Consultations.FindById(c.Id).StationId);
        Assert.Contains(app.Db.Audit.FindAll(), a => a.Action == "转办咨询" && a.Subject == $"consultation:{c.Id}" && a.Detail!.Contains("用工地在樊城", StringComparison.Ordinal));
        using (var gone = await clerk.GetAsync(url)) { Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode); }
        Assert.DoesNotContain("在樊城打工被拖欠", await clerk.GetStringAsync("/admin/consultations"), StringComparison.Ordinal);
        using var other = await app.SignInAsync("other", AdminApp.StaffPassword);
        Assert.Contains("在樊城打工被拖欠", await other.GetStringAsync("/admin/consultations"), StringComparison.Ordinal);
        Assert.Contains("用工地在樊城", await other.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_canned_reply_is_sent_when_picked_without_typing()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var c = Seed.Consultation(app.Db, station, Seed.Person(app.Db, station, "13700009999").Id);
        using var admin = await app.SignInAsync();
        var url = $"/admin/consultations/details/{c.Id}";
        var page = await admin.GetStringAsync(url);
        Assert.Contains("12333", page, StringComparison.Ordinal);
        using var r = await admin.PostAsync(url + "?handler=Reply", page, new() { ["text"] = "", ["canned"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var message = Assert.Single(app.Db.Outbox.FindAll());
        Assert.Contains(Admin.Pages.Consultations.CannedReplies.For(ConsultationKind.LabourRights)[0], message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_is_limited_to_staff_responsible_for_the_station()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        app.AddStaff("far-away", StaffRole.Station, station: Seed.Township(app.Db, "fancheng"));
        var person = Seed.Person(app.Db, station, "13700006666");
        var c = Seed.Consultation(app.Db, station, person.Id);
        using var admin = await app.SignInAsync();
        var url = $"/admin/consultations/details/{c.Id}";
        using var bad = await admin.SubmitAsync(url, url + "?handler=Assign", new() { ["staff"] = "far-away" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var ok = await admin.SubmitAsync(url, url + "?handler=Assign", new() { ["staff"] = "clerk" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = app.Db.Consultations.FindById(c.Id);
        Assert.Equal("clerk", stored.AssignedTo);
        Assert.Equal(ConsultationState.Assigned, stored.State);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
