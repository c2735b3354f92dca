using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZeroWork.Admin.Figures;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages;

/// <summary>The dashboard: today's and this month's work in the viewer's jurisdiction. The city also sees a line per county and may open any
/// county's own dashboard (the one that county's accounts see); other accounts see only their own.</summary>
public sealed class IndexModel(IMarketStore db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public Figures.Figures Today { get; private set; } = new();

    public Figures.Figures Month { get; private set; } = new();

    public int OpenConsultations { get; private set; }

    public int PendingReview { get; private set; }

    public IReadOnlyList<DailyCount> Daily { get; private set; } = [];

    /// <summary>The county the city is looking at, or null for the viewer's own jurisdiction.</summary>
    public string? District { get; private set; }

    /// <summary>Per county, for the city's own dashboard only.</summary>
    public IReadOnlyList<CountyFigures> Counties { get; private set; } = [];

    public string Scope => District is not null ? Districts.NameOf(District) : Me.Role switch
    {
        StaffRole.City => "全市",
        StaffRole.County => Districts.NameOf(Me.District),
        _ => StationName(Me.StationId),
    };

    public IActionResult OnGet(string? district)
    {
        if (district is not null && (!Me.IsCity || !Districts.Names.ContainsKey(district)))
        {
            return Outside();
        }

        District = district;
        var ids = district is null ? MyStationIds : CountyStations(district);
        var (day, month) = MarketFigures.Starts(Db.Time);
        var end = Db.UtcNow.AddSeconds(1);
        var overdue = TimeSpan.FromHours(options.Value.ConsultationOverdueHours);
        Today = MarketFigures.For(Db, ids, day, end, overdue);
        Month = MarketFigures.For(Db, ids, month, end, overdue);
        OpenConsultations = MarketFigures.OpenConsultations(Db, ids);
        PendingReview = Db.Jobs.WithStatus(JobStatus.PendingReview).Count(j => Jurisdiction.Includes(ids, j.Collector.StationId));
        Daily = MarketFigures.Daily(Db, ids, 14);
        if (Me.IsCity && district is null)
        {
            Counties = ByCounty(month, end, overdue);
        }

        return Page();
    }

    /// <summary>What a county account of <paramref name="district"/> sees.</summary>
    private IReadOnlySet<string> CountyStations(string district) => new Jurisdiction("", StaffRole.County, district, null).StationIds(AllStations)!;

    private List<CountyFigures> ByCounty(DateTime month, DateTime end, TimeSpan overdue)
    {
        // One pass per collection for every station, then summed per county: eleven counties cost no more than one.
        var byStation = MarketFigures.ByStation(Db, month, end, overdue);
        var open = Db.Consultations.Unclosed().GroupBy(c => c.StationId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var pending = Db.Jobs.WithStatus(JobStatus.PendingReview).Where(j => j.Collector.StationId is not null)
            .GroupBy(j => j.Collector.StationId!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. Districts.Names.Select(d =>
        {
            var ids = CountyStations(d.Key);
            return new CountyFigures(
                d.Key,
                d.Value,
                MarketFigures.Sum(ids.Select(id => byStation.GetValueOrDefault(id)).OfType<Figures.Figures>()),
                ids.Sum(id => open.GetValueOrDefault(id)),
                ids.Sum(id => pending.GetValueOrDefault(id)),
                AllStations.Count(s => ids.Contains(s.Id) && s.Level == StationLevel.Township && s.State is StationState.Operating or StationState.Rectifying));
        })];
    }
}
