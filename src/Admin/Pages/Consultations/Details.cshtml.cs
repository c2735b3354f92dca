using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Messaging;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Auditing;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>One consultation: its thread; assign, reply (delivered by the person's own channel through the outbox; a canned answer may be picked), transfer to another station with a reason, close (an unanswered one only with a reason), reopen.</summary>
public sealed class DetailsModel(MarketDb db) : AdminPageModel(db)
{
    public const int MaxReplyLength = 500;

    public Consultation Consultation { get; private set; } = new();

    public Person? Person { get; private set; }

    public DateTime Now => Db.UtcNow;

    public string? Error { get; private set; }

    public IReadOnlyList<string> Canned => CannedReplies.For(Consultation.Kind);

    /// <summary>What was done with this consultation (assign, reply, transfer, close, reopen), from the audit log.</summary>
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    /// <summary>Staff who may handle this consultation: the station's own, its county's, the city's.</summary>
    public IReadOnlyList<StaffAccount> Assignees
    {
        get
        {
            var station = AllStations.FirstOrDefault(s => s.Id == Consultation.StationId);
            return [.. Db.Staff.FindAll().Where(s => !s.Disabled && station is not null && new Jurisdiction(s.UserName, s.Role, s.District, s.StationId).Covers(station)).OrderBy(s => s.Role).ThenBy(s => s.UserName, StringComparer.Ordinal)];
        }
    }

    /// <summary>Stations a consultation may be passed to: any other station of the network that is open for service.</summary>
    public IReadOnlyList<Station> TransferTargets =>
        [.. AllStations.Where(s => s.Id != Consultation.StationId && s.State is StationState.Operating or StationState.Rectifying)];

    public IActionResult OnGet(int id) => Load(id) ? Page() : Outside();

    public IActionResult OnPostReply(int id, string? text, int? canned)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var reply = text?.Trim() ?? "";
        if (reply.Length == 0 && canned is { } k && k >= 0 && k < Canned.Count)
        {
            reply = Canned[k];
        }

        if (reply.Length == 0 || reply.Length > MaxReplyLength || Consultation.State == ConsultationState.Closed)
        {
            return Refuse(Consultation.State == ConsultationState.Closed ? "咨询已关闭，请先重新打开" : $"请填写答复或选择常用答复（不超过 {MaxReplyLength} 字）", StatusCodes.Status400BadRequest);
        }

        var stationName = StationName(Consultation.StationId);
        var sent = Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            var now = Db.UtcNow;
            var message = Notify.Person(Db, c.PersonId, MessageTemplates.ConsultationReply, [stationName, reply], $"consultation-reply:{c.Id}:{c.Thread.Count}", "reply");
            Db.Consultations.Update(c with
            {
                Thread = [.. c.Thread, new ThreadMessage { At = now, FromStaff = Me.UserName, Text = reply }],
                FirstResponseAt = c.FirstResponseAt ?? now,
                State = ConsultationState.Answered,
                AssignedTo = c.AssignedTo ?? Me.UserName,
            });
            Db.WriteAudit(Me.UserName, "答复咨询", Subject(id), message is null ? "无法联系到咨询人，答复未发出" : $"{RoleNames.Of(message.Channel)}发送");
            return message is not null;
        });
        Flash(sent ? "答复已发送" : "答复已记录，但没有可用的联系方式，请电话联系");
        return RedirectToPage(new { id });
    }

    public IActionResult OnPostAssign(int id, string? staff)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var assignee = Assignees.FirstOrDefault(s => s.UserName == staff);
        if (assignee is null || Consultation.State == ConsultationState.Closed)
        {
            return Refuse("只能分派给负责此驿站的工作人员", StatusCodes.Status400BadRequest);
        }

        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { AssignedTo = assignee.UserName, State = c.State == ConsultationState.Open ? ConsultationState.Assigned : c.State });
            Db.WriteAudit(Me.UserName, "分派咨询", Subject(id), assignee.UserName);
        });
        Flash($"已分派给 {assignee.DisplayName}");
        return RedirectToPage(new { id });
    }

    /// <summary>Passes the consultation to another station (the person lives elsewhere, or it is the county's or city's matter); the new station's staff see it at once, the old one's no longer do.</summary>
    public IActionResult OnPostTransfer(int id, string? station, string? reason)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var target = TransferTargets.FirstOrDefault(s => s.Id == station);
        var why = reason?.Trim();
        if (target is null || string.IsNullOrEmpty(why) || why.Length > 200 || Consultation.State == ConsultationState.Closed)
        {
            return Refuse(Consultation.State == ConsultationState.Closed ? "咨询已关闭，请先重新打开" : "请选择接收的驿站并填写转办原因（不超过 200 字）", StatusCodes.Status400BadRequest);
        }

        var from = StationName(Consultation.StationId);
        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { StationId = target.Id, AssignedTo = null, State = c.FirstResponseAt is null ? ConsultationState.Open : ConsultationState.Answered });
            Db.WriteAudit(Me.UserName, "转办咨询", Subject(id), $"从{from}转至{target.Name}：{why}");
        });
        Flash($"已转至{target.Name}");
        return Jurisdiction.Includes(MyStationIds, target.Id) ? RedirectToPage(new { id }) : RedirectToPage("Index");
    }

    public IActionResult OnPostClose(int id, string? reason)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var why = reason?.Trim();
        if (Consultation.State == ConsultationState.Closed)
        {
            return Refuse("咨询已关闭", StatusCodes.Status409Conflict);
        }

        // A complaint nobody answered must not disappear silently: closing it needs a stated reason (duplicate, reached by phone, withdrawn).
        if (Consultation.FirstResponseAt is null && string.IsNullOrEmpty(why))
        {
            return Refuse("该咨询尚未答复，办结前请先答复，或填写不答复即办结的原因（如重复咨询、已电话联系）", StatusCodes.Status400BadRequest);
        }

        if (!Confirmed)
        {
            return Refuse(ConfirmFirst, StatusCodes.Status400BadRequest);
        }

        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { State = ConsultationState.Closed, ClosedAt = Db.UtcNow });
            Db.WriteAudit(Me.UserName, "关闭咨询", Subject(id), string.IsNullOrEmpty(why) ? null : why[..Math.Min(why.Length, 200)]);
        });
        Flash("咨询已办结");
        return RedirectToPage("Index");
    }

    public IActionResult OnPostReopen(int id, string? reason)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var why = reason?.Trim();
        if (Consultation.State != ConsultationState.Closed || string.IsNullOrEmpty(why))
        {
            return Refuse(Consultation.State != ConsultationState.Closed ? "咨询未关闭" : "请填写重新打开的原因", StatusCodes.Status400BadRequest);
        }

        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { State = c.FirstResponseAt is null ? ConsultationState.Open : ConsultationState.Answered, ClosedAt = null });
            Db.WriteAudit(Me.UserName, "重新打开咨询", Subject(id), why[..Math.Min(why.Length, 200)]);
        });
        Flash("咨询已重新打开");
        return RedirectToPage(new { id });
    }

    private static string Subject(int id) => $"consultation:{id}";

    private IActionResult Refuse(string error, int status)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private bool Load(int id)
    {
        var c = Db.Consultations.FindById(id);
        if (c is null || !Jurisdiction.Includes(MyStationIds, c.StationId))
        {
            return false;
        }

        Consultation = c;
        Person = Db.People.FindById(c.PersonId);
        History = [.. Db.Audit.Find(StoreQuery.Equal(nameof(AuditEntry.Subject), Subject(id))).OrderBy(a => a.At).ThenBy(a => a.Id)];
        return true;
    }
}
