using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Market.Events;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>A station's page: its data, the conditions check, materials, the steps the viewer may take, and its history.</summary>
public sealed class DetailsModel(MarketDb db, AttachmentStore attachments) : AdminPageModel(db)
{
    public Station Station { get; private set; } = new();

    public IReadOnlyList<(string Condition, bool Met)> Conditions => StationConditions.Check(Station);

    public IReadOnlyList<StationStep> Steps => StationLifecycle.Available(Station, Me, Db.UtcNow);

    public bool CanUpload => Me.Role != StaffRole.Station || Me.StationId == Station.Id;

    public long MaxUploadBytes => attachments.MaxBytes;

    public string MaxUploadMb => (attachments.MaxBytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    public string? Error { get; private set; }

    public IActionResult OnGet(string id) => Load(id) ? Page() : Outside();

    public IActionResult OnPostStep(string id, StationAction? action, string? note, DateOnly? deadline)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (action is null || !Enum.IsDefined(action.Value))
        {
            Error = "未知的办理事项";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!Confirmed)
        {
            Error = ConfirmFirst;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The deadline is a China-time calendar day: the end of that day.
        DateTime? deadlineUtc = deadline is { } d ? DateTime.SpecifyKind(d.ToDateTime(new TimeOnly(23, 59, 59)) - ChinaTime.Offset, DateTimeKind.Utc) : null;
        string? error = null;
        Db.InTransaction(() =>
        {
            var current = Db.Stations.FindById(id);
            var (updated, refusal) = StationLifecycle.Take(current, action.Value, Me, note, deadlineUtc, Db.UtcNow);
            if (updated is null)
            {
                error = refusal;
                return;
            }

            Db.Stations.Update(updated);
            Db.Raise(new StationsChanged());
            Db.WriteAudit(Me.UserName, StationLifecycle.StepOf(action.Value).Label, $"station:{id}", note);
        });
        if (error is not null)
        {
            Load(id);
            Error = error;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Flash($"已办理：{StationLifecycle.StepOf(action.Value).Label}");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUploadAsync(string id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (!CanUpload)
        {
            return Forbid();
        }

        var saved = new List<string>();
        foreach (var file in files)
        {
            var (entry, error) = await attachments.SaveAsync(file, cancellationToken);
            if (error is not null)
            {
                Error = error;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            saved.Add(entry!);
        }

        Db.InTransaction(() =>
        {
            var current = Db.Stations.FindById(id);
            Db.Stations.Update(current with { Attachments = [.. current.Attachments, .. saved] });
            Db.WriteAudit(Me.UserName, "上传申报材料", $"station:{id}", string.Join("、", saved.Select(s => AttachmentStore.Parse(s).Label)));
        });
        Flash($"已上传 {saved.Count} 个文件");
        return RedirectToPage(new { id });
    }

    private bool Load(string id)
    {
        var station = AllStations.FirstOrDefault(s => s.Id == id);
        if (station is null || !Me.Covers(station))
        {
            return false;
        }

        Station = station;
        return true;
    }
}
