using Microsoft.Extensions.Options;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Pages.Assessments;

public sealed class IndexModel(IMarketStore db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public int Year { get; private set; }

    public IReadOnlyList<AssessmentRow> Rows { get; private set; } = [];

    public void OnGet(int? year)
    {
        Year = YearOrCurrent(year, Db.Time);
        Rows = AssessmentBook.Rows(Db, MyStations, Year, TimeSpan.FromHours(options.Value.ConsultationOverdueHours));
    }

    internal static int YearOrCurrent(int? year, TimeProvider time) =>
        year is >= 2023 and <= 2100 ? year.Value : ChinaTime.Now(time).Year;
}
