using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Work;

public sealed class DetailPagesTests
{
    [Fact]
    public async Task A_nameless_sms_worker_gets_a_name_at_the_counter_and_the_change_is_audited()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        var person = Seed.Person(app.Db, station, "13800002222", name: "");
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var url = $"/admin/people/details/{person.Id}";
        var page = await clerk.GetStringAsync(url);
        Assert.Contains("未留姓名", page, StringComparison.Ordinal);
        Assert.DoesNotContain("13800002222", page, StringComparison.Ordinal);

        using (var empty = await clerk.PostAsync(url + "?handler=Save", page, new() { ["Form.Name"] = "", ["Form.Skills"] = "bricklayer" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }

        using var saved = await clerk.PostAsync(url + "?handler=Save", page, new() { ["Form.Name"] = "赵师傅", ["Form.Skills"] = "bricklayer", ["Form.HomePlace"] = "双沟镇" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("赵师傅", app.Db.People.FindById(person.Id).Name);
        var audit = Assert.Single(app.Db.Audit.FindAll(), a => a.Action == "修改人员信息");
        Assert.Contains("赵师傅", audit.Detail, StringComparison.Ordinal);
        Assert.Equal($"person:{person.Id}", audit.Subject);

        var other = Seed.Person(app.Db, Seed.Township(app.Db, "xiangzhou", 1), "13800003333");
        using var outside = await clerk.GetAsync($"/admin/people/details/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task A_chat_post_with_no_employer_gets_one_and_can_be_closed_with_a_reason()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var employer = Seed.Person(app.Db, station, "13800004444", worker: false);
        var post = Seed.Post(app.Db, station, employer.Id, JobStatus.Published) with { EmployerName = null };
        app.Db.Jobs.Update(post);
        using var admin = await app.SignInAsync();
        var url = $"/admin/posts/details/{post.Id}";
        var page = await admin.GetStringAsync(url);
        Assert.Contains("（未填）", page, StringComparison.Ordinal);

        using (var fee = await admin.PostAsync(url + "?handler=Save", page, new() { ["Form.EmployerName"] = "襄州建材店", ["Form.Description"] = "先交押金100元" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, fee.StatusCode);
        }

        using (var saved = await admin.PostAsync(url + "?handler=Save", page, new() { ["Form.EmployerName"] = "襄州建材店", ["Form.ContactName"] = "刘老板" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var stored = app.Db.Jobs.FindById(post.Id);
        Assert.Equal("襄州建材店", stored.EmployerName);
        Assert.Equal("搬水泥", stored.Description);
        Assert.Single(app.Db.Audit.FindAll(), a => a.Action == "修改招工信息");

        using (var noReason = await admin.PostAsync(url + "?handler=Close", page, new() { ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var closed = await admin.PostAsync(url + "?handler=Close", page, new() { ["reason"] = "用工方取消", ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        Assert.Equal(JobStatus.Closed, app.Db.Jobs.FindById(post.Id).Status);
        Assert.Contains(app.Db.Audit.FindAll(), a => a.Action == "关闭招工信息" && a.Detail == "用工方取消");
    }
}
