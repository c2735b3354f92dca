using System.Net;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Security;

/// <summary>Every page, for every role: the page opens or is refused as the role allows, and a record from another jurisdiction is answered 404.</summary>
public sealed class AuthorizationMatrixTests : IDisposable
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;

    private readonly AdminApp app = new();
    private readonly string own;
    private readonly string sibling;
    private readonly string foreign;
    private readonly int ownPost;
    private readonly int ownPerson;
    private readonly int foreignPost;
    private readonly int ownConsultation;
    private readonly int foreignConsultation;
    private readonly string ownFile;
    private readonly string foreignFile;

    public AuthorizationMatrixTests()
    {
        var db = app.Db;
        own = Seed.Township(db, "xiangzhou", 0);
        sibling = Seed.Township(db, "xiangzhou", 1);
        foreign = Seed.Township(db, "fancheng", 0);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        app.AddStaff("station-xz", StaffRole.Station, station: own);
        var p1 = Seed.Person(db, own, "13900000001", worker: false);
        ownPerson = p1.Id;
        var p2 = Seed.Person(db, foreign, "13900000002", worker: false);
        ownPost = Seed.Post(db, own, p1.Id, flags: ["测试"]).Id;
        foreignPost = Seed.Post(db, foreign, p2.Id, flags: ["测试"]).Id;
        ownConsultation = Seed.Consultation(db, own, p1.Id).Id;
        foreignConsultation = Seed.Consultation(db, foreign, p2.Id).Id;
        ownFile = AddAttachment(own);
        foreignFile = AddAttachment(foreign);
    }

    /// <summary>Page → (URL inside the viewer's jurisdiction, expected for station, county, city staff).</summary>
    private Dictionary<string, (string Url, HttpStatusCode Station, HttpStatusCode County, HttpStatusCode City)> Matrix => new()
    {
        ["/Index"] = ("/admin/", Ok, Ok, Ok),
        ["/Account/Login"] = ("/admin/account/login", Ok, Ok, Ok),
        ["/Account/Logout"] = ("/admin/account/logout", Ok, Ok, Ok),
        ["/Account/Password"] = ("/admin/account/password", Ok, Ok, Ok),
        ["/Stations/Index"] = ("/admin/stations", Ok, Ok, Ok),
        ["/Stations/Details"] = ($"/admin/stations/details/{own}", Ok, Ok, Ok),
        ["/Stations/Apply"] = ("/admin/stations/apply", Forbidden, Ok, Ok),
        ["/Stations/Attachment"] = ($"/admin/stations/attachment?id={own}&file={ownFile}", Ok, Ok, Ok),
        ["/Stations/Print"] = ($"/admin/stations/print/{own}/application", Ok, Ok, Ok),
        ["/Vetting/Index"] = ("/admin/vetting", Ok, Ok, Ok),
        ["/Vetting/Review"] = ($"/admin/vetting/review/{ownPost}", Ok, Ok, Ok),
        ["/Vetting/Blocked"] = ("/admin/vetting/blocked", Forbidden, Ok, Ok),
        ["/Posts/Index"] = ("/admin/posts", Ok, Ok, Ok),
        ["/Posts/Create"] = ("/admin/posts/create", Ok, Ok, Ok),
        ["/Posts/Details"] = ($"/admin/posts/details/{ownPost}", Ok, Ok, Ok),
        ["/People/Index"] = ("/admin/people", Ok, Ok, Ok),
        ["/People/Create"] = ("/admin/people/create", Ok, Ok, Ok),
        ["/People/Details"] = ($"/admin/people/details/{ownPerson}", Ok, Ok, Ok),
        ["/Consultations/Index"] = ("/admin/consultations", Ok, Ok, Ok),
        ["/Consultations/Details"] = ($"/admin/consultations/details/{ownConsultation}", Ok, Ok, Ok),
        ["/Assessments/Index"] = ("/admin/assessments", Ok, Ok, Ok),
        ["/Assessments/Edit"] = ($"/admin/assessments/edit/{own}", Ok, Ok, Ok),
        ["/Assessments/Published"] = ("/admin/assessments/published", Ok, Ok, Ok),
        ["/Assessments/Export"] = ("/admin/assessments/export", Ok, Ok, Ok),
        ["/Assessments/Notice"] = ("/admin/assessments/notice?district=xiangzhou", Ok, Ok, Ok),
        ["/Exports/Index"] = ("/admin/exports", Ok, Ok, Ok),
        ["/Outbox/Index"] = ("/admin/outbox", Ok, Ok, Ok),
        ["/Simulator/Index"] = ("/admin/simulator", Ok, Ok, Ok),
        ["/Audit/Index"] = ("/admin/audit", Ok, Ok, Ok),
        ["/Staff/Index"] = ("/admin/staff", Forbidden, Ok, Ok),
    };

    /// <summary>Pages that show one record: the same page for a record outside the viewer's jurisdiction.</summary>
    private Dictionary<string, (string Url, HttpStatusCode Station, HttpStatusCode County, HttpStatusCode City)> Foreign => new()
    {
        ["/Index (another county)"] = ("/admin/?district=fancheng", NotFound, NotFound, Ok),
        ["/Stations/Details"] = ($"/admin/stations/details/{foreign}", NotFound, NotFound, Ok),
        ["/Stations/Print"] = ($"/admin/stations/print/{foreign}/application", NotFound, NotFound, Ok),
        ["/Stations/Details (sibling)"] = ($"/admin/stations/details/{sibling}", NotFound, Ok, Ok),
        ["/Stations/Details (hub)"] = ("/admin/stations/details/hub", NotFound, NotFound, Ok),
        ["/Stations/Attachment"] = ($"/admin/stations/attachment?id={foreign}&file={foreignFile}", NotFound, NotFound, Ok),
        ["/Stations/Attachment (file of another station)"] = ($"/admin/stations/attachment?id={own}&file={foreignFile}", NotFound, NotFound, NotFound),
        ["/Vetting/Review"] = ($"/admin/vetting/review/{foreignPost}", NotFound, NotFound, Ok),
        ["/Consultations/Details"] = ($"/admin/consultations/details/{foreignConsultation}", NotFound, NotFound, Ok),
        ["/Assessments/Edit"] = ($"/admin/assessments/edit/{foreign}", NotFound, NotFound, Ok),
        ["/Assessments/Edit (sibling)"] = ($"/admin/assessments/edit/{sibling}", NotFound, Ok, Ok),
    };

    [Fact]
    public void The_matrix_names_every_page_of_the_site()
    {
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Select(p => p.ViewEnginePath).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, Matrix.Keys.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_on_every_page_but_the_login()
    {
        using var client = app.NewClient();
        foreach (var (page, (url, _, _, _)) in Matrix)
        {
            using var response = await client.GetAsync(url);
            var expected = page == "/Account/Login" ? HttpStatusCode.OK : HttpStatusCode.Redirect;
            Assert.True(expected == response.StatusCode, $"{page} {url}: {(int)response.StatusCode}");
            if (expected == HttpStatusCode.Redirect)
            {
                Assert.Contains("/admin/account/login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("station-xz", AdminApp.StaffPassword, 0)]
    [InlineData("county-xz", AdminApp.StaffPassword, 1)]
    [InlineData("admin", AdminApp.AdminPassword, 2)]
    public async Task Each_role_gets_what_its_jurisdiction_allows(string user, string password, int column)
    {
        using var client = await app.SignInAsync(user, password);
        var failures = new List<string>();
        foreach (var (page, row) in Matrix.Concat(Foreign))
        {
            var expected = column switch { 0 => row.Station, 1 => row.County, _ => row.City };
            using var response = await client.GetAsync(row.Url);
            if (response.StatusCode != expected)
            {
                failures.Add($"{page} {row.Url}: expected {(int)expected}, got {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("station-xz", AdminApp.StaffPassword)]
    [InlineData("county-xz", AdminApp.StaffPassword)]
    public async Task Actions_on_another_jurisdictions_records_are_refused_and_change_nothing(string user, string password)
    {
        using var client = await app.SignInAsync(user, password);
        var page = await client.GetStringAsync("/admin/");
        var foreignPerson = app.Db.People.All().First(p => p.StationId == foreign).Id;
        var posts = new (string Url, Dictionary<string, string> Fields)[]
        {
            ($"/admin/vetting/review/{foreignPost}?handler=Approve", []),
            ($"/admin/vetting/review/{foreignPost}?handler=Reject", new() { ["reason"] = "x" }),
            ($"/admin/consultations/details/{foreignConsultation}?handler=Reply", new() { ["text"] = "x" }),
            ($"/admin/consultations/details/{foreignConsultation}?handler=Close", []),
            ($"/admin/stations/details/{foreign}?handler=Step", new() { ["action"] = "OrderRectification", ["note"] = "x", ["deadline"] = "2026-12-01" }),
            ($"/admin/assessments/edit/{foreign}?handler=Score", new() { ["management"] = "1", ["serviceLevel"] = "1", ["results"] = "1", ["attitude"] = "1" }),
            ($"/admin/people?handler=Reveal&id={foreignPerson}", []),
            ($"/admin/posts?handler=Reveal&id={foreignPost}", []),
        };
        var auditBefore = app.Db.Audit.Count();
        foreach (var (url, fields) in posts)
        {
            using var response = await client.PostAsync(url, page, fields);
            Assert.True(response.StatusCode == NotFound, $"{url}: {(int)response.StatusCode}");
        }

        Assert.Equal(Market.Jobs.JobStatus.PendingReview, app.Db.Jobs.Find(foreignPost)!.Status);
        Assert.Equal(Market.Consultations.ConsultationState.Open, app.Db.Consultations.Find(foreignConsultation)!.State);
        Assert.Equal(Market.Stations.StationState.Operating, app.Db.Stations.Find(foreign)!.State);
        Assert.Empty(app.Db.Outbox.All());
        Assert.Equal(auditBefore, app.Db.Audit.Count());
    }

    public void Dispose() => app.Dispose();

    private string AddAttachment(string stationId)
    {
        var folder = Path.Combine(app.Folder, "uploads");
        Directory.CreateDirectory(folder);
        var name = $"{Guid.NewGuid():N}.pdf";
        File.WriteAllBytes(Path.Combine(folder, name), "%PDF-1.4 test"u8.ToArray());
        var station = app.Db.Stations.Find(stationId)!;
        app.Db.Stations.Update(station with { Attachments = [.. station.Attachments, $"{name}|材料.pdf"] });
        return name;
    }
}
