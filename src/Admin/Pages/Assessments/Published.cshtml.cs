using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Assessments;

/// <summary>Published results, shown across the county (辖区范围内公示): station staff see their whole county's list.</summary>
public sealed class PublishedModel(IMarketStore db) : AdminPageModel(db)
{
    public int Year { get; private set; }

    public IReadOnlyList<(Station Station, StationAssessment Assessment)> Rows { get; private set; } = [];

    public void OnGet(int? year)
    {
        Year = IndexModel.YearOrCurrent(year, Db.Time);
        var district = Me.IsCity ? null : Me.District ?? AllStations.FirstOrDefault(s => s.Id == Me.StationId)?.District;
        Rows = AssessmentBook.Published(Db, AllStations.Where(s => Me.IsCity || s.District == district), Year);
    }
}
