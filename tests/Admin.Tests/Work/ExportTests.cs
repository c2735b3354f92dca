using System.Net;
using ClosedXML.Excel;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Training;

namespace ZeroWork.Admin.Tests.Work;

public sealed class ExportTests
{
    private static async Task<IXLWorksheet> SheetAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        return book.Worksheet(1);
    }

    private static List<string> Column(IXLWorksheet sheet, string header)
    {
        var col = sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;
        return [.. sheet.RowsUsed().Skip(1).Select(r => r.Cell(col).GetString())];
    }

    private sealed record Market(AdminApp App, string Mine, string Sibling, string Other);

    private static Market Build()
    {
        var app = new AdminApp();
        var db = app.Db;
        var mine = Seed.Township(db, "xiangzhou");
        var sibling = Seed.Township(db, "xiangzhou", 1);
        var other = Seed.Township(db, "fancheng");
        var worker = Seed.Person(db, mine, "13811110001", name: "本站工人");
        Seed.Person(db, sibling, "13811110002", name: "邻站工人");
        Seed.Person(db, other, "13811110003", name: "樊城工人");
        var sandbox = Seed.Person(db, mine, Sandbox.SmsPrefix + "00010001", name: "模拟工人");
        var employer = Seed.Person(db, mine, "13811110004", name: "本站老板", worker: false);
        Seed.Post(db, mine, employer.Id, description: "搬水泥，电话 138 1111 0004");
        Seed.Post(db, other, employer.Id, description: "樊城的活");
        Seed.Consultation(db, mine, worker.Id, text: "老板拖欠工资，他电话13811110004");
        Seed.Consultation(db, other, worker.Id, text: "樊城的咨询");
        Seed.Consultation(db, mine, sandbox.Id, text: "模拟咨询");
        var course = db.Training.InsertCourse(new TrainingCourse { Title = "瓦工培训班", Skill = "bricklayer", StationId = mine, StartsOn = "2026-04-01", Capacity = 30 });
        var elsewhere = db.Training.InsertCourse(new TrainingCourse { Title = "樊城电工班", Skill = "electrician", StationId = other, Capacity = 30 });
        db.Training.Enrol(new Enrolment { CourseId = course, PersonId = worker.Id, EnrolledAt = db.UtcNow });
        db.Training.Enrol(new Enrolment { CourseId = course, PersonId = sandbox.Id, EnrolledAt = db.UtcNow });
        db.Training.Enrol(new Enrolment { CourseId = elsewhere, PersonId = worker.Id, EnrolledAt = db.UtcNow });
        app.AddStaff("clerk", StaffRole.Station, station: mine);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        return new Market(app, mine, sibling, other);
    }

    [Fact]
    public async Task A_station_exports_its_own_records_with_every_phone_masked_and_may_not_take_full_contact()
    {
        var m = Build();
        using var app = m.App;
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var page = await clerk.GetStringAsync("/admin/exports");
        Assert.DoesNotContain("导出含完整电话", page, StringComparison.Ordinal);

        var people = await SheetAsync(await clerk.GetAsync("/admin/exports?handler=Download&kind=people"));
        Assert.Equal(["本站工人", "本站老板"], Column(people, "姓名"));
        Assert.Equal(["138****0001", "138****0004"], Column(people, "电话"));

        var posts = await SheetAsync(await clerk.GetAsync("/admin/exports?handler=Download&kind=posts"));
        Assert.Equal(["138****0004"], Column(posts, "联系电话"));
        Assert.DoesNotContain("1111 0004", Column(posts, "岗位要求")[0], StringComparison.Ordinal);

        var consultations = await SheetAsync(await clerk.GetAsync("/admin/exports?handler=Download&kind=consultations"));
        var asked = Assert.Single(Column(consultations, "咨询内容"));
        Assert.Contains("老板拖欠工资", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("13811110004", asked, StringComparison.Ordinal);
        Assert.Equal(["138****0001"], Column(consultations, "电话"));

        var training = await SheetAsync(await clerk.GetAsync("/admin/exports?handler=Download&kind=training"));
        Assert.Equal(["瓦工培训班"], Column(training, "培训项目"));
        Assert.Equal(["本站工人"], Column(training, "姓名"));
        Assert.Equal(["138****0001"], Column(training, "电话"));

        using (var full = await clerk.PostAsync("/admin/exports?handler=Download&kind=people", page, new() { ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, full.StatusCode);
        }

        using (var unknown = await clerk.GetAsync("/admin/exports?handler=Download&kind=staff"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        Assert.Equal(4, app.AuditTrail.Count(a => a.Action == "导出" && a.Actor == "clerk"));
        Assert.DoesNotContain(app.AuditTrail, a => a.Action == "导出（含完整电话）");
    }

    [Fact]
    public async Task A_county_takes_its_countys_records_with_full_contact_only_after_confirming_and_each_such_export_is_audited()
    {
        var m = Build();
        using var app = m.App;
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var page = await county.GetStringAsync("/admin/exports");
        Assert.Contains("导出含完整电话", page, StringComparison.Ordinal);

        var masked = await SheetAsync(await county.GetAsync("/admin/exports?handler=Download&kind=people"));
        Assert.Equal(["本站工人", "邻站工人", "本站老板"], Column(masked, "姓名"));
        Assert.All(Column(masked, "电话"), p => Assert.Contains("****", p, StringComparison.Ordinal));

        using (var unconfirmed = await county.PostAsync("/admin/exports?handler=Download&kind=people", page, []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        Assert.DoesNotContain(app.AuditTrail, a => a.Action == "导出（含完整电话）");
        var full = await SheetAsync(await county.PostAsync("/admin/exports?handler=Download&kind=people", page, new() { ["confirmed"] = "true" }));
        Assert.Equal(["13811110001", "13811110002", "13811110004"], Column(full, "电话"));
        var audit = Assert.Single(app.AuditTrail, a => a.Action == "导出（含完整电话）");
        Assert.Equal("county-xz", audit.Actor);
        Assert.Equal("export:people", audit.Subject);
        Assert.Contains("3", audit.Detail, StringComparison.Ordinal);

        var posts = await SheetAsync(await county.PostAsync("/admin/exports?handler=Download&kind=posts", page, new() { ["confirmed"] = "true" }));
        Assert.Equal(["13811110004"], Column(posts, "联系电话"));
        Assert.Equal(2, app.AuditTrail.Count(a => a.Action == "导出（含完整电话）"));
    }
}
