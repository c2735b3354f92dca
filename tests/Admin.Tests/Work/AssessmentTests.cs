using System.Net;
using ClosedXML.Excel;
using ZeroWork.Admin.Pages.Assessments;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Tests.Work;

public sealed class AssessmentTests
{
    [Fact]
    public async Task County_scores_station_reports_county_publishes_and_the_excel_export_carries_it_all()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        var sibling = Seed.Township(app.Db, "xiangzhou", 1);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        app.AddStaff("clerk2", StaffRole.Station, station: sibling);
        var employer = Seed.Person(app.Db, station, "13900000077", worker: false);
        Seed.Post(app.Db, station, employer.Id);
        Seed.Post(app.Db, station, employer.Id);
        var c = Seed.Consultation(app.Db, station, employer.Id, createdAt: app.Db.UtcNow.AddHours(-4));
        app.Db.Consultations.Update(c with { FirstResponseAt = app.Db.UtcNow.AddHours(-2) });
        var url = $"/admin/assessments/edit/{station}?year=2026";

        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        using (var denied = await clerk.SubmitAsync(url, $"/admin/assessments/edit/{station}?year=2026&handler=Score", new() { ["management"] = "25", ["serviceLevel"] = "25", ["results"] = "25", ["attitude"] = "25" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        using (var report = await clerk.SubmitAsync(url, $"/admin/assessments/edit/{station}?year=2026&handler=SelfReport", new() { ["report"] = "全年登记求职者120人，发布岗位300个。" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        }

        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        using (var bad = await county.SubmitAsync(url, $"/admin/assessments/edit/{station}?year=2026&handler=Score", new() { ["management"] = "30", ["serviceLevel"] = "20", ["results"] = "20", ["attitude"] = "20" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var score = await county.SubmitAsync(url, $"/admin/assessments/edit/{station}?year=2026&handler=Score", new() { ["management"] = "23", ["serviceLevel"] = "22", ["results"] = "20", ["attitude"] = "24", ["comment"] = "台账规范" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, score.StatusCode);
        }

        using var clerk2 = await app.SignInAsync("clerk2", AdminApp.StaffPassword);
        Assert.Contains("暂无公示", await clerk2.GetStringAsync("/admin/assessments/published?year=2026"), StringComparison.Ordinal);

        using (var publish = await county.SubmitAsync(url, $"/admin/assessments/edit/{station}?year=2026&handler=Publish", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        var stored = AssessmentBook.Get(app.Db, station, 2026);
        Assert.Equal(89, stored.Total);
        Assert.True(stored.Published);
        Assert.Equal("clerk", stored.SelfReportBy);

        var published = await clerk2.GetStringAsync("/admin/assessments/published?year=2026");
        Assert.Contains("<td>89</td>", published, StringComparison.Ordinal);
        Assert.Contains("良好", published, StringComparison.Ordinal);

        using var export = await county.GetAsync("/admin/assessments/export?year=2026");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == station);
        Assert.Equal(3, sheet.RowsUsed().Count() - 1);
        Assert.Equal(1, row.Cell(4).GetValue<int>());
        Assert.Equal(2, row.Cell(5).GetValue<int>());
        Assert.Equal(2.0, row.Cell(10).GetValue<double>());
        Assert.Equal(89, row.Cell(15).GetValue<int>());
        Assert.Equal("良好", row.Cell(16).GetString());
        Assert.Equal("全年登记求职者120人，发布岗位300个。", row.Cell(18).GetString());
    }

    [Fact]
    public async Task Text_that_looks_like_a_formula_is_exported_as_text()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        var url = $"/admin/assessments/edit/{station}?year=2026";
        using (var r = await clerk.SubmitAsync(url, url + "&handler=SelfReport", new() { ["report"] = "=HYPERLINK(\"http://evil\",\"x\")" })) { Assert.Equal(HttpStatusCode.Redirect, r.StatusCode); }
        using var export = await clerk.GetAsync("/admin/assessments/export?year=2026");
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var cell = book.Worksheet(1).Cell(2, 18);
        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://evil\",\"x\")", cell.GetString());
    }

    [Fact]
    public async Task Only_stations_in_operation_are_assessed_exported_and_published()
    {
        using var app = new AdminApp();
        var operating = Seed.Township(app.Db, "xiangzhou");
        var rectifying = Seed.Township(app.Db, "xiangzhou", 1);
        var revoked = Seed.Township(app.Db, "xiangzhou", 2);
        var db = app.Db;
        db.Stations.Update(db.Stations.Find(rectifying)! with { State = StationState.Rectifying, Name = "整改中驿站" });
        db.Stations.Update(db.Stations.Find(revoked)! with { State = StationState.Revoked, Name = "已撤销驿站" });
        db.Stations.Insert(db.Stations.Find(operating)! with { Id = "tw-xiangzhou-90", Name = "申报中驿站", State = StationState.Applied });
        db.Stations.Insert(db.Stations.Find(operating)! with { Id = "tw-xiangzhou-91", Name = "未通过驿站", State = StationState.Rejected });
        db.Assessments.Save(new StationAssessment { Id = StationAssessment.KeyOf(revoked, 2026), StationId = revoked, Year = 2026, Management = 20, ServiceLevel = 20, Results = 20, Attitude = 20, Published = true, PublishedAt = db.UtcNow });
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);

        var list = await county.GetStringAsync("/admin/assessments?year=2026");
        Assert.Contains(db.Stations.Find(operating)!.Name, list, StringComparison.Ordinal);
        Assert.Contains("整改中驿站", list, StringComparison.Ordinal);
        foreach (var name in new[] { "已撤销驿站", "申报中驿站", "未通过驿站" })
        {
            Assert.DoesNotContain(name, list, StringComparison.Ordinal);
        }

        using var export = await county.GetAsync("/admin/assessments/export?year=2026");
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        var ids = book.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Contains(operating, ids);
        Assert.Contains(rectifying, ids);
        Assert.DoesNotContain(revoked, ids);
        Assert.DoesNotContain("tw-xiangzhou-90", ids);
        Assert.DoesNotContain("tw-xiangzhou-91", ids);

        Assert.DoesNotContain("已撤销驿站", await county.GetStringAsync("/admin/assessments/published?year=2026"), StringComparison.Ordinal);
        using var edit = await county.GetAsync("/admin/assessments/edit/tw-xiangzhou-90?year=2026");
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public void Per_station_figures_in_one_pass_match_the_figures_computed_station_by_station()
    {
        using var app = new AdminApp();
        var db = app.Db;
        var a = Seed.Township(db, "xiangzhou");
        var b = Seed.Township(db, "fancheng");
        var e = Seed.Person(db, a, "13900000088", worker: false);
        var w = Seed.Person(db, b, "13900000099");
        var j1 = Seed.Post(db, a, e.Id);
        Seed.Post(db, b, e.Id);
        Seed.Post(db, b, e.Id, createdAt: db.UtcNow.AddYears(-1));
        db.Pushes.Insert(new Market.Messaging.Push { Key = "1:2", JobId = j1.Id, WorkerId = w.Id, State = Market.Messaging.PushState.Accepted, CreatedAt = db.UtcNow, AnsweredAt = db.UtcNow });
        var c = Seed.Consultation(db, b, w.Id, createdAt: db.UtcNow.AddHours(-30));
        db.Consultations.Update(c with { FirstResponseAt = db.UtcNow });
        var (from, to) = AssessmentBook.YearRange(2026);
        var all = Figures.MarketFigures.ByStation(db, from, to, TimeSpan.FromHours(24));
        foreach (var id in new[] { a, b })
        {
            Assert.Equal(Figures.MarketFigures.For(db, new HashSet<string> { id }, from, to, TimeSpan.FromHours(24)), all[id]);
        }

        Assert.Equal(1, all[a].Fills);
        Assert.Equal(1, all[b].Posts);
        Assert.Equal(30, all[b].MeanFirstResponseHours);
        Assert.Equal(0, all[b].AnsweredInTimeShare);
    }
}
