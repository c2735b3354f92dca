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

        using var close = await clerk.SubmitAsync($"/admin/consultations/details/{c.Id}", $"/admin/consultations/details/{c.Id}?handler=Close", []);
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
    public async Task Overdue_consultations_stand_out_and_come_first()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var person = Seed.Person(app.Db, station, "13700005555");
        var recent = Seed.Consultation(app.Db, station, person.Id, createdAt: app.Db.UtcNow.AddHours(-1), text: "最近的问题");
        var old = Seed.Consultation(app.Db, station, person.Id, createdAt: app.Db.UtcNow.AddHours(-30), text: "很久以前的问题");
        using var admin = await app.SignInAsync();
        var inbox = await admin.GetStringAsync("/admin/consultations");
        Assert.Contains("class=\"overdue\"", inbox, StringComparison.Ordinal);
        Assert.Contains("1天6小时（超时）", inbox, StringComparison.Ordinal);
        Assert.True(inbox.IndexOf("很久以前的问题", StringComparison.Ordinal) < inbox.IndexOf("最近的问题", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(inbox, "（超时）"));
        _ = recent;
        _ = old;
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
