using Microsoft.Extensions.Options;
using ZeroWork.Admin.Figures;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages;

/// <summary>The dashboard: today's and this month's work in the viewer's jurisdiction.</summary>
public sealed class IndexModel(IMarketStore db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public Figures.Figures Today { get; private set; } = new();

    public Figures.Figures Month { get; private set; } = new();

    public int OpenConsultations { get; private set; }

    public int PendingReview { get; private set; }

    public IReadOnlyList<DailyCount> Daily { get; private set; } = [];

    public string Scope => Me.Role switch
    {
        Market.Staff.StaffRole.City => "全市",
        Market.Staff.StaffRole.County => Districts.NameOf(Me.District),
        _ => StationName(Me.StationId),
    };

    public void OnGet()
    {
        var ids = MyStationIds;
        var (day, month) = MarketFigures.Starts(Db.Time);
        var end = Db.UtcNow.AddSeconds(1);
        var overdue = TimeSpan.FromHours(options.Value.ConsultationOverdueHours);
        Today = MarketFigures.For(Db, ids, day, end, overdue);
        Month = MarketFigures.For(Db, ids, month, end, overdue);
        OpenConsultations = MarketFigures.OpenConsultations(Db, ids);
        PendingReview = Db.Jobs.WithStatus(JobStatus.PendingReview).Count(j => Jurisdiction.Includes(ids, j.Collector.StationId));
        Daily = MarketFigures.Daily(Db, ids, 14);
    }
}
