using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Assessments;

/// <summary>One station's assessment: county staff score and publish; the station's own staff submit the self-report.</summary>
public sealed class EditModel(IMarketStore db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public int Year { get; private set; }

    public AssessmentRow Row { get; private set; } = null!;

    public bool CanScore => Me.IsCounty && !Row.Assessment.Published;

    public bool CanSelfReport => Me.StationId == Row.Station.Id && !Row.Assessment.Published;

    public IActionResult OnGet(string id, int? year) => Load(id, year) ? Page() : Outside();

    public IActionResult OnPostScore(string id, int? year, int? management, int? serviceLevel, int? results, int? attitude, string? comment)
    {
        if (!Load(id, year))
        {
            return Outside();
        }

        if (!CanScore)
        {
            return Forbid();
        }

        int?[] scores = [management, serviceLevel, results, attitude];
        if (scores.Any(s => s is null or < 0 or > AssessmentBook.MaxScore))
        {
            ModelState.AddModelError("", $"每项分数应在 0 到 {AssessmentBook.MaxScore} 之间");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Save(a => a with
        {
            Management = management,
            ServiceLevel = serviceLevel,
            Results = results,
            Attitude = attitude,
            Comment = comment?.Trim(),
            ScoredBy = Me.UserName,
            ScoredAt = Db.UtcNow,
        }, "考核评分", $"{management}/{serviceLevel}/{results}/{attitude}");
        Flash("评分已保存");
        return RedirectToPage(new { id, year = Year });
    }

    public IActionResult OnPostSelfReport(string id, int? year, string? report)
    {
        if (!Load(id, year))
        {
            return Outside();
        }

        if (!CanSelfReport)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(report) || report.Length > 5000)
        {
            ModelState.AddModelError("", "请填写自评报告（不超过 5000 字）");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Save(a => a with { SelfReport = report.Trim(), SelfReportBy = Me.UserName, SelfReportAt = Db.UtcNow }, "提交年度自评", null);
        Flash("自评报告已提交");
        return RedirectToPage(new { id, year = Year });
    }

    public IActionResult OnPostPublish(string id, int? year)
    {
        if (!Load(id, year))
        {
            return Outside();
        }

        if (!CanScore || Row.Assessment.Total is null)
        {
            return Forbid();
        }

        Save(a => a with { Published = true, PublishedBy = Me.UserName, PublishedAt = Db.UtcNow }, "公示考核结果", AssessmentBook.Grade(Row.Assessment.Total));
        Flash("考核结果已公示");
        return RedirectToPage(new { id, year = Year });
    }

    private void Save(Func<StationAssessment, StationAssessment> change, string action, string? detail) =>
        Db.InTransaction(() =>
        {
            var updated = change(AssessmentBook.Get(Db, Row.Station.Id, Year));
            Db.Assessments.Save(updated);
            Db.WriteAudit(Me.UserName, action, $"assessment:{updated.Id}", detail);
        });

    private bool Load(string id, int? year)
    {
        var station = AllStations.FirstOrDefault(s => s.Id == id);
        if (station is null || !AssessmentBook.IsAssessed(station) || !Me.Covers(station))
        {
            return false;
        }

        Year = IndexModel.YearOrCurrent(year, Db.Time);
        Row = AssessmentBook.Rows(Db, [station], Year, TimeSpan.FromHours(options.Value.ConsultationOverdueHours))[0];
        return true;
    }
}
