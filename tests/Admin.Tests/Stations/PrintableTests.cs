using System.Net;
using ZeroWork.Admin.Pages.Stations;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Tests.Stations;

/// <summary>The plaque certificate, 申报表, 撤销申报表 and the assessment 公示, filled from the records; a form that does not apply is not found.</summary>
public sealed class PrintableTests
{
    private static readonly DateTime Ordered = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>A seeded station with a rectification order, its deadline passed, and a revocation requested.</summary>
    internal static string WithRevocationRequested(AdminApp app, int index = 0)
    {
        var id = Seed.Township(app.Db, "xiangzhou", index);
        var station = app.Db.Stations.Find(id)!;
        app.Db.Stations.Update(station with
        {
            State = StationState.RevocationRequested,
            Applicant = "双沟镇人社服务中心",
            Manager = "王站长",
            RectifyBy = Ordered.AddDays(30),
            History =
            [
                .. station.History,
                new StationEvent { At = Ordered, Actor = "county-xz", Action = StationLifecycle.StepOf(StationAction.OrderRectification).Label, Note = "驿站长期闲置，台账缺失" },
                new StationEvent { At = Ordered.AddDays(40), Actor = "county-xz", Action = StationLifecycle.StepOf(StationAction.RequestRevocation).Label, Note = "逾期未整改到位" },
            ],
        });
        return id;
    }

    internal static void Publish(AdminApp app, string stationId, int year = 2026) =>
        app.Db.Assessments.Save(new StationAssessment
        {
            Id = StationAssessment.KeyOf(stationId, year), StationId = stationId, Year = year,
            Management = 23, ServiceLevel = 22, Results = 20, Attitude = 24, Published = true, PublishedBy = "county-xz", PublishedAt = app.Db.UtcNow,
        });

    [Fact]
    public async Task Each_station_form_is_filled_from_the_record_and_prints_without_the_menus()
    {
        using var app = new AdminApp();
        var id = WithRevocationRequested(app);
        var plain = Seed.Township(app.Db, "xiangzhou", 1);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        var name = app.Db.Stations.Find(id)!.Name;

        var details = await county.GetStringAsync($"/admin/stations/details/{id}");
        Assert.Contains($"/admin/stations/print/{id}/revocation", details, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain($"/admin/stations/print/{plain}/revocation", await county.GetStringAsync($"/admin/stations/details/{plain}"), StringComparison.OrdinalIgnoreCase);

        var application = await county.GetStringAsync($"/admin/stations/print/{id}/application");
        Assert.Contains("零工驿站申报表", application, StringComparison.Ordinal);
        Assert.Contains(name, application, StringComparison.Ordinal);
        Assert.Contains("双沟镇人社服务中心", application, StringComparison.Ordinal);
        Assert.Contains("☑ 功能区面积不低于", application, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"side\"", application, StringComparison.Ordinal);

        var certificate = await county.GetStringAsync($"/admin/stations/print/{id}/plaque");
        Assert.Contains("标识牌证书", certificate, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"plaque\">{app.Db.Stations.Find(id)!.Plaque}</div>", certificate, StringComparison.Ordinal);

        var revocation = await county.GetStringAsync($"/admin/stations/print/{id}/revocation");
        Assert.Contains("零工驿站撤销申报表", revocation, StringComparison.Ordinal);
        Assert.Contains("驿站长期闲置，台账缺失", revocation, StringComparison.Ordinal);
        Assert.Contains("逾期未整改到位", revocation, StringComparison.Ordinal);
        Assert.Contains("2026年2月4日", revocation, StringComparison.Ordinal);

        foreach (var url in new[] { $"/admin/stations/print/{plain}/revocation", $"/admin/stations/print/{id}/other", "/admin/stations/print/hub/application", $"/admin/stations/print/{Seed.Township(app.Db, "fancheng")}/application" })
        {
            using var r = await county.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.NotFound, url);
        }
    }

    [Fact]
    public async Task A_station_without_a_plaque_has_no_certificate()
    {
        using var app = new AdminApp();
        var id = Seed.Township(app.Db, "xiangzhou");
        app.Db.Stations.Update(app.Db.Stations.Find(id)! with { State = StationState.Applied, Plaque = null });
        using var admin = await app.SignInAsync();
        using var r = await admin.GetAsync($"/admin/stations/print/{id}/plaque");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("零工驿站申报表", await admin.GetStringAsync($"/admin/stations/print/{id}/application"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assessment_notice_lists_one_countys_published_results_for_its_staff_and_the_city_names_the_county()
    {
        using var app = new AdminApp();
        var published = Seed.Township(app.Db, "xiangzhou");
        var unpublished = Seed.Township(app.Db, "xiangzhou", 1);
        var elsewhere = Seed.Township(app.Db, "fancheng");
        Publish(app, published);
        Publish(app, elsewhere);
        app.AddStaff("clerk", StaffRole.Station, station: unpublished);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        var notice = await clerk.GetStringAsync("/admin/assessments/notice?year=2026&district=fancheng");
        Assert.Contains("襄州区2026年度零工驿站考核结果公示", notice, StringComparison.Ordinal);
        Assert.Contains(app.Db.Stations.Find(published)!.Name, notice, StringComparison.Ordinal);
        Assert.Contains("<td>89</td><td>良好</td>", notice, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Db.Stations.Find(unpublished)!.Name, notice, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Db.Stations.Find(elsewhere)!.Name, notice, StringComparison.Ordinal);

        using var admin = await app.SignInAsync();
        using (var none = await admin.GetAsync("/admin/assessments/notice?year=2026"))
        {
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        }

        Assert.Contains(app.Db.Stations.Find(elsewhere)!.Name, await admin.GetStringAsync("/admin/assessments/notice?year=2026&district=fancheng"), StringComparison.Ordinal);
        Assert.Contains("/admin/assessments/notice?year=2026&amp;district=fancheng", await admin.GetStringAsync("/admin/assessments/published?year=2026"), StringComparison.OrdinalIgnoreCase);
    }
}
