using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ZeroWork.Admin.Exports;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Assessments;

/// <summary>The year's assessment table for the viewer's jurisdiction as an Excel workbook.</summary>
public sealed class ExportModel(IMarketStore db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public static readonly string[] Headers =
        ["驿站编号", "驿站", "区县", "新登记人员", "招工信息", "岗位推送", "成功接单", "咨询", "已答复", "平均首次答复(小时)", "驿站管理", "业务水平", "运营成效", "服务态度", "总分", "等次", "考核意见", "自评报告", "已公示"];

    public IActionResult OnGet(int? year)
    {
        var y = IndexModel.YearOrCurrent(year, Db.Time);
        var rows = AssessmentBook.Rows(Db, MyStations, y, TimeSpan.FromHours(options.Value.ConsultationOverdueHours));
        var table = rows.Select(row =>
        {
            var a = row.Assessment;
            var f = row.Figures;
            return new object?[]
            {
                row.Station.Id, row.Station.Name, Market.Geography.Districts.NameOf(row.Station.District),
                f.Registrations, f.Posts, f.Pushes, f.Fills, f.Consultations, f.ConsultationsAnswered,
                f.MeanFirstResponseHours is { } h ? Math.Round(h, 1) : null,
                a.Management, a.ServiceLevel, a.Results, a.Attitude, a.Total, AssessmentBook.Grade(a.Total),
                a.Comment, a.SelfReport, a.Published ? "是" : "否",
            };
        });
        var stream = Workbook.Build($"{y}年度考核", Headers, table);
        Db.WriteAudit(Me.UserName, "导出考核表", $"assessments:{y}", $"{rows.Count} 个驿站");
        return File(stream, Workbook.ContentType, $"驿站考核-{y}.xlsx");
    }
}
