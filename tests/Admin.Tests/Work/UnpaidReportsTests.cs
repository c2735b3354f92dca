using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Work;

/// <summary>#16: a taker's "没结" reaches the station's staff twice over: as a rights consultation in their inbox, and as a count on the employer that they see wherever they weigh that employer's posts.</summary>
public sealed class UnpaidReportsTests
{
    [Fact]
    public async Task Staff_see_the_complaint_in_the_inbox_and_the_employers_unpaid_count_on_the_person_post_and_review_pages()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        var boss = Seed.Person(app.Db, station, "13800005555", name: "襄州建材店", worker: false);
        var taker = Seed.Person(app.Db, station, "13800006666", name: "钱师傅");
        var worked = Seed.Post(app.Db, station, boss.Id, JobStatus.Filled);
        var next = Seed.Post(app.Db, station, boss.Id, JobStatus.PendingReview);
        // What the Bot writes when a taker answers 2 to "工钱结了吗" (see Server.Tests PaidCheckTests).
        app.Db.People.Update(app.Db.People.Find(boss.Id)! with { Employer = boss.Employer! with { UnpaidReports = 2 } });
        Seed.Consultation(app.Db, station, taker.Id, text: $"工钱没结：3月11日的搬运工，双沟镇；用工方襄州建材店，招工编号{worked.Id}");
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        Assert.Contains("工钱没结", await clerk.GetStringAsync("/admin/consultations"), StringComparison.Ordinal);
        Assert.Contains("工钱未结报告</th><td colspan=\"3\" class=\"unpaid\">2 次", await clerk.GetStringAsync($"/admin/people/details/{boss.Id}"), StringComparison.Ordinal);
        Assert.Contains("报告工钱未结 2 次", await clerk.GetStringAsync($"/admin/vetting/review/{next.Id}"), StringComparison.Ordinal);
        Assert.Contains("报告工钱未结 2 次", await clerk.GetStringAsync($"/admin/posts/details/{worked.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("工钱未结", await clerk.GetStringAsync($"/admin/people/details/{taker.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employer_with_no_reports_shows_zero_and_no_warning_on_its_posts()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var boss = Seed.Person(app.Db, station, "13800007777", name: "樊城装修队", worker: false);
        var post = Seed.Post(app.Db, station, boss.Id, JobStatus.PendingReview);
        using var admin = await app.SignInAsync();

        Assert.Contains("class=\"unpaid\">0 次", await admin.GetStringAsync($"/admin/people/details/{boss.Id}"), StringComparison.Ordinal);
        using var review = await admin.GetAsync($"/admin/vetting/review/{post.Id}");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.DoesNotContain("报告工钱未结", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
