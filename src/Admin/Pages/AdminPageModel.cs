using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages;

/// <summary>What every admin page needs: the viewer's jurisdiction and the stations in it.</summary>
public abstract class AdminPageModel(IMarketStore db) : PageModel
{
    private IReadOnlyList<Station>? stations;

    protected IMarketStore Db { get; } = db;

    public Jurisdiction Me => Jurisdiction.Of(User);

    /// <summary>Every station (the network is small: tens of records).</summary>
    public IReadOnlyList<Station> AllStations => stations ??= [.. Db.Stations.All().OrderBy(s => s.Level).ThenBy(s => s.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Station> MyStations => [.. AllStations.Where(Me.Covers)];

    /// <summary>null = everything (city).</summary>
    public IReadOnlySet<string>? MyStationIds => Me.StationIds(AllStations);

    public string StationName(string? id) => id is null ? "—" : AllStations.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    /// <summary>Where an account works: the city, its county, or its station with the station's own county.</summary>
    public string PlaceOf(Market.Staff.StaffAccount account) => account.Role switch
    {
        Market.Staff.StaffRole.City => "襄阳市（全市）",
        Market.Staff.StaffRole.County => Market.Geography.Districts.NameOf(account.District),
        _ => AllStations.FirstOrDefault(s => s.Id == account.StationId) is { } st ? $"{Market.Geography.Districts.NameOf(st.District)} {st.Name}" : StationName(account.StationId),
    };

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>Logs one reveal of a full number and shows it once, after a redirect: refreshing the page neither logs it again nor shows it again (第十四条).</summary>
    protected RedirectResult Reveal(string kind, int id, string? maskedPhone, string returnUrl)
    {
        Db.WriteAudit(Me.UserName, "查看完整电话", $"{kind}:{id}", maskedPhone);
        TempData["Reveal"] = $"{kind}:{id}";
        return Redirect(returnUrl);
    }

    /// <summary>The record revealed by the POST just before this GET, if any (read once).</summary>
    protected int? Revealed(string kind) =>
        TempData["Reveal"] is string r && r.StartsWith(kind + ":", StringComparison.Ordinal) && int.TryParse(r.AsSpan(kind.Length + 1), out var id) ? id : null;

    /// <summary>This page's own address with its query, for a redirect back after a POST.</summary>
    protected string Here => Request.PathBase + Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(
        Request.Query.Where(kv => kv.Key is not ("handler" or "id")).SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));

    /// <summary>Whether the form's "I have checked, go ahead" box was ticked (see _Confirm); irreversible steps refuse without it.</summary>
    protected bool Confirmed => Request.HasFormContentType && Request.Form["confirmed"] == "true";

    public const string ConfirmFirst = "请先勾选确认：此操作不可撤回";

    /// <summary>The post, when it was collected inside the viewer's jurisdiction; null for an unknown id and for another's post alike.</summary>
    protected Market.Jobs.JobPost? PostInJurisdiction(int id) =>
        Db.Jobs.Find(id) is { } post && Jurisdiction.Includes(MyStationIds, post.Collector.StationId) ? post : null;

    /// <summary>How many takers answered "没结" to the day-after pay check about this employer's posts (staff-only, see <see cref="Market.People.EmployerProfile.UnpaidReports"/>).</summary>
    public int UnpaidReportsOf(int employerId) => Db.People.Find(employerId)?.Employer?.UnpaidReports ?? 0;

    /// <summary>Another jurisdiction's record is answered as if it did not exist.</summary>
    protected NotFoundResult Outside() => NotFound();
}
