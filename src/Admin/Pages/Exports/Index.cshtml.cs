using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Exports;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Pages.Exports;

/// <summary>Excel exports of the registers within the viewer's jurisdiction. Phones are masked; county and city accounts may take an export with full
/// contact, by POST after confirming, and every such export is audited with how many numbers it revealed (第十四条).</summary>
public sealed class IndexModel(IMarketStore db) : AdminPageModel(db)
{
    public bool MaySeeFullContact => Me.IsCity || Me.IsCounty;

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The masked export.</summary>
    public IActionResult OnGetDownload(string? kind) => Download(kind, full: false);

    /// <summary>The export with full contact.</summary>
    public IActionResult OnPostDownload(string? kind)
    {
        if (!MaySeeFullContact)
        {
            return Forbid();
        }

        if (!Confirmed)
        {
            Error = ConfirmFirst;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Download(kind, full: true);
    }

    private IActionResult Download(string? kind, bool full)
    {
        if (RegisterExports.Build(kind, Db, MyStationIds, full, StationName) is not { } table)
        {
            return NotFound();
        }

        var file = Workbook.Build(table.Title, table.Headers, table.Rows);
        var detail = full ? $"{table.Rows.Count} 条，含完整电话 {table.FullNumbers} 个" : $"{table.Rows.Count} 条（电话已隐藏）";
        Db.WriteAudit(Me.UserName, full ? "导出（含完整电话）" : "导出", $"export:{kind}", detail);
        var day = ChinaTime.Now(Db.Time).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return File(file, Workbook.ContentType, $"{table.Title}-{day}.xlsx");
    }
}
