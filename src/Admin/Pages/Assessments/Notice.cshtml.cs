using Microsoft.AspNetCore.Mvc;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Assessments;

/// <summary>The printable 公示 of one county's assessment results for a year (第十六条: published within the jurisdiction, by the county's 人社部门).
/// County and station accounts print their own county's; the city names the county.</summary>
public sealed class NoticeModel(IMarketStore db) : AdminPageModel(db)
{
    public int Year { get; private set; }

    public string District { get; private set; } = "";

    public string County => Districts.NameOf(District);

    public IReadOnlyList<(Station Station, StationAssessment Assessment)> Rows { get; private set; } = [];

    /// <summary>When the notice is dated: the latest publication among its rows.</summary>
    public DateTime? PublishedAt => Rows.Max(r => r.Assessment.PublishedAt);

    public IActionResult OnGet(int? year, string? district)
    {
        var own = Me.IsCity ? district : Me.District ?? AllStations.FirstOrDefault(s => s.Id == Me.StationId)?.District;
        if (own is null || !Districts.Names.ContainsKey(own))
        {
            return Outside();
        }

        Year = IndexModel.YearOrCurrent(year, Db.Time);
        District = own;
        Rows = AssessmentBook.Published(Db, AllStations.Where(s => s.District == own), Year);
        return Page();
    }
}
