using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
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
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add($"{y}年度考核");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 2;
        foreach (var row in rows)
        {
            var a = row.Assessment;
            var f = row.Figures;
            object?[] values =
            [
                row.Station.Id, row.Station.Name, Market.Geography.Districts.NameOf(row.Station.District),
                f.Registrations, f.Posts, f.Pushes, f.Fills, f.Consultations, f.ConsultationsAnswered,
                f.MeanFirstResponseHours is { } h ? Math.Round(h, 1) : null,
                a.Management, a.ServiceLevel, a.Results, a.Attitude, a.Total, AssessmentBook.Grade(a.Total),
                a.Comment, a.SelfReport, a.Published ? "是" : "否",
            ];
            for (var c = 0; c < values.Length; c++)
            {
                // Text is written as text so that a value starting with "=" is never a formula.
                var cell = sheet.Cell(r, c + 1);
                switch (values[c])
                {
                    case null:
                        break;
                    case string s:
                        cell.SetValue(s);
                        cell.DataType = XLDataType.Text;
                        break;
                    case int i:
                        cell.SetValue(i);
                        break;
                    case double d:
                        cell.SetValue(d);
                        break;
                    default:
                        cell.SetValue(values[c]!.ToString());
                        break;
                }
            }

            r++;
        }

        sheet.Column(2).Width = 20;
        sheet.Column(17).Width = 30;
        sheet.Column(18).Width = 40;
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        Db.WriteAudit(Me.UserName, "导出考核表", $"assessments:{y}", $"{rows.Count} 个驿站");
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"驿站考核-{y}.xlsx");
    }
}
