using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Pages.Assessments;

/// <summary>The per-year rows (station, computed figures, assessment) the pages and the export share.</summary>
public static class AssessmentBook
{
    public const int MaxScore = 25;

    public static StationAssessment Get(IMarketStore db, string stationId, int year) =>
        db.Assessments.Find(StationAssessment.KeyOf(stationId, year)) ?? new StationAssessment { Id = StationAssessment.KeyOf(stationId, year), StationId = stationId, Year = year };

    public static (DateTime From, DateTime To) YearRange(int year) =>
        (DateTime.SpecifyKind(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) - ChinaTime.Offset, DateTimeKind.Utc),
         DateTime.SpecifyKind(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified) - ChinaTime.Offset, DateTimeKind.Utc));

    /// <summary>第十六条 assesses the township stations the county runs: operating, rectifying, or still holding the qualification while a revocation
    /// is only requested. Applications, rejections and revoked stations are no 驿站 to assess or to publish.</summary>
    public static bool IsAssessed(Station station) =>
        station.Level == StationLevel.Township && station.State is StationState.Operating or StationState.Rectifying or StationState.RevocationRequested;

    public static IReadOnlyList<AssessmentRow> Rows(IMarketStore db, IEnumerable<Station> stations, int year, TimeSpan overdue)
    {
        var (from, to) = YearRange(year);
        var figures = Figures.MarketFigures.ByStation(db, from, to, overdue);
        var assessments = db.Assessments.OfYear(year).ToDictionary(a => a.StationId, StringComparer.Ordinal);
        return [.. stations.Where(IsAssessed)
            .OrderBy(s => s.District, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new AssessmentRow(
                s,
                figures.GetValueOrDefault(s.Id) ?? new Figures.Figures(),
                assessments.GetValueOrDefault(s.Id) ?? new StationAssessment { Id = StationAssessment.KeyOf(s.Id, year), StationId = s.Id, Year = year }))];
    }

    /// <summary>The published results of a year among <paramref name="stations"/>, by county then best first (第十六条: 公示 within the jurisdiction).</summary>
    public static IReadOnlyList<(Station Station, StationAssessment Assessment)> Published(IMarketStore db, IEnumerable<Station> stations, int year)
    {
        var assessed = stations.Where(IsAssessed).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return [.. db.Assessments.OfYear(year).Where(a => a.Published && assessed.ContainsKey(a.StationId))
            .Select(a => (assessed[a.StationId], a))
            .OrderBy(r => r.Item1.District, StringComparer.Ordinal)
            .ThenByDescending(r => r.a.Total)];
    }

    public static string Grade(int? total) => total switch
    {
        null => "未评分",
        >= 90 => "优秀",
        >= 75 => "良好",
        >= 60 => "合格",
        _ => "不合格",
    };
}
