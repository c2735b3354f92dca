using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Work;

public sealed class PeopleAndPostsTests
{
    [Fact]
    public async Task A_walk_in_worker_is_registered_listed_masked_and_revealed_only_with_an_audit_entry()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        using var r = await clerk.SubmitAsync("/admin/people/create", "/admin/people/create", PostsAndPeopleForms.Worker("13866667777"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var person = Assert.Single(app.Db.People.FindAll());
        Assert.Equal(station, person.StationId);
        Assert.Equal(["bricklayer"], person.Worker!.Skills);
        Assert.NotNull(person.ConsentAt);

        var list = await clerk.GetStringAsync("/admin/people");
        Assert.Contains("138****7777", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13866667777", list, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Db.Audit.FindAll(), a => a.Action == "查看完整电话");

        using var reveal = await clerk.PostAsync($"/admin/people?handler=Reveal&id={person.Id}&kind=worker", list, []);
        Assert.Equal(HttpStatusCode.Redirect, reveal.StatusCode);
        Assert.Contains("kind=worker", reveal.Headers.Location!.ToString(), StringComparison.Ordinal);
        var revealed = await clerk.GetStringAsync(reveal.Headers.Location!.ToString());
        Assert.Contains("13866667777", revealed, StringComparison.Ordinal);
        // A refresh neither shows the number again nor logs a second reveal.
        var refreshed = await clerk.GetStringAsync(reveal.Headers.Location!.ToString());
        Assert.DoesNotContain("13866667777", refreshed, StringComparison.Ordinal);
        var audit = Assert.Single(app.Db.Audit.FindAll(), a => a.Action == "查看完整电话");
        Assert.Equal("clerk", audit.Actor);
        Assert.Equal($"person:{person.Id}", audit.Subject);

        using var duplicate = await clerk.SubmitAsync("/admin/people/create", "/admin/people/create", PostsAndPeopleForms.Worker("13866667777"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("已登记", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_without_consent_or_with_a_bad_phone_is_refused()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: Seed.Township(app.Db, "xiangzhou"));
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var form = PostsAndPeopleForms.Worker("13866667777");
        form.Remove("Form.Consent");
        using var noConsent = await clerk.SubmitAsync("/admin/people/create", "/admin/people/create", form);
        Assert.Equal(HttpStatusCode.BadRequest, noConsent.StatusCode);
        using var badPhone = await clerk.SubmitAsync("/admin/people/create", "/admin/people/create", PostsAndPeopleForms.Worker("12345"));
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.Equal(0, app.Db.People.Count());
    }

    [Fact]
    public async Task Another_stations_person_cannot_be_revealed()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: Seed.Township(app.Db, "xiangzhou", 0));
        var other = Seed.Person(app.Db, Seed.Township(app.Db, "xiangzhou", 1), "13800001111");
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var list = await clerk.GetStringAsync("/admin/people");
        Assert.DoesNotContain("138****1111", list, StringComparison.Ordinal);
        using var reveal = await clerk.PostAsync($"/admin/people?handler=Reveal&id={other.Id}", list, []);
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);
        Assert.DoesNotContain(app.Db.Audit.FindAll(), a => a.Action == "查看完整电话");
    }

    [Fact]
    public async Task A_counter_post_records_its_collector_and_goes_through_vetting()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        using var clean = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", PostsAndPeopleForms.Post("13955556666"));
        Assert.Equal(HttpStatusCode.Redirect, clean.StatusCode);
        using var risky = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", PostsAndPeopleForms.Post("13955556666", "上岗先交服装费100元"));
        Assert.Equal(HttpStatusCode.Redirect, risky.StatusCode);

        var jobs = app.Db.Jobs.FindAll().OrderBy(j => j.Id).ToList();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Equal(new Collector { Channel = Channel.Counter, StationId = station, StaffUserName = "clerk" }, j.Collector));
        Assert.Equal(JobStatus.Published, jobs[0].Status);
        Assert.Equal(JobStatus.PendingReview, jobs[1].Status);
        Assert.Equal(jobs[0].EmployerId, jobs[1].EmployerId);
        Assert.True(app.Db.People.FindById(jobs[0].EmployerId).IsEmployer);

        var list = await clerk.GetStringAsync("/admin/posts");
        Assert.Contains("139****6666", list, StringComparison.Ordinal);
        Assert.DoesNotContain("13955556666", list, StringComparison.Ordinal);
        Assert.Contains("窗口登记·clerk", list, StringComparison.Ordinal);

        using var reveal = await clerk.PostAsync($"/admin/posts?handler=Reveal&id={jobs[0].Id}", list, []);
        Assert.Contains("13955556666", await clerk.GetStringAsync(reveal.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Single(app.Db.Audit.FindAll(), a => a.Action == "查看完整电话" && a.Subject == $"job:{jobs[0].Id}");
    }

    [Fact]
    public async Task County_staff_choose_a_station_in_their_county_and_not_outside_it()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var form = PostsAndPeopleForms.Post("13955557777");
        form["Form.StationId"] = Seed.Township(app.Db, "fancheng");
        using var outside = await county.SubmitAsync("/admin/posts/create", "/admin/posts/create", form);
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        form["Form.StationId"] = Seed.Township(app.Db, "xiangzhou");
        using var inside = await county.SubmitAsync("/admin/posts/create", "/admin/posts/create", form);
        Assert.Equal(HttpStatusCode.Redirect, inside.StatusCode);
    }

    [Fact]
    public async Task A_counter_post_dated_in_the_past_is_refused_and_the_form_keeps_what_was_typed()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: Seed.Township(app.Db, "xiangzhou"));
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var form = PostsAndPeopleForms.Post("13955558888");
        form["Form.WorkDate"] = "2020-01-01";
        using var r = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", form);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("用工日期不能早于今天", page, StringComparison.Ordinal);
        Assert.Contains("value=\"襄州建材店\"", page, StringComparison.Ordinal);
        Assert.Equal(0, app.Db.Jobs.Count());
    }

    [Fact]
    public async Task Identical_counter_posts_are_not_flagged_as_repeats()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: Seed.Township(app.Db, "xiangzhou"));
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        for (var i = 0; i < 6; i++)
        {
            using var r = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", PostsAndPeopleForms.Post($"1395555{i:0000}"));
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }

        Assert.All(app.Db.Jobs.FindAll(), j => Assert.Equal(JobStatus.Published, j.Status));
    }
}
