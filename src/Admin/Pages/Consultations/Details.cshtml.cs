using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Messaging;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>One consultation: its thread; assign, reply (delivered by the person's own channel through the outbox), close.</summary>
public sealed class DetailsModel(MarketDb db) : AdminPageModel(db)
{
    public const int MaxReplyLength = 500;

    public Consultation Consultation { get; private set; } = new();

    public Person? Person { get; private set; }

    public DateTime Now => Db.UtcNow;

    public string? Error { get; private set; }

    /// <summary>Staff who may handle this consultation: the station's own, its county's, the city's.</summary>
    public IReadOnlyList<StaffAccount> Assignees
    {
        get
        {
            var station = AllStations.FirstOrDefault(s => s.Id == Consultation.StationId);
            return [.. Db.Staff.FindAll().Where(s => station is not null && new Jurisdiction(s.UserName, s.Role, s.District, s.StationId).Covers(station)).OrderBy(s => s.Role).ThenBy(s => s.UserName, StringComparer.Ordinal)];
        }
    }

    public IActionResult OnGet(int id) => Load(id) ? Page() : Outside();

    public IActionResult OnPostReply(int id, string? text)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var reply = text?.Trim() ?? "";
        if (reply.Length == 0 || reply.Length > MaxReplyLength || Consultation.State == ConsultationState.Closed)
        {
            Error = Consultation.State == ConsultationState.Closed ? "咨询已关闭" : $"请填写答复（不超过 {MaxReplyLength} 字）";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
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
            Db.WriteAudit(Me.UserName, "答复咨询", $"consultation:{id}", message is null ? "无法联系到咨询人，答复未发出" : $"{RoleNames.Of(message.Channel)}发送");
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
            Error = "只能分派给负责此驿站的工作人员";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { AssignedTo = assignee.UserName, State = c.State == ConsultationState.Open ? ConsultationState.Assigned : c.State });
            Db.WriteAudit(Me.UserName, "分派咨询", $"consultation:{id}", assignee.UserName);
        });
        Flash($"已分派给 {assignee.DisplayName}");
        return RedirectToPage(new { id });
    }

    public IActionResult OnPostClose(int id)
    {
        if (!Load(id))
        {
            return Outside();
        }

        Db.InTransaction(() =>
        {
            var c = Db.Consultations.FindById(id);
            Db.Consultations.Update(c with { State = ConsultationState.Closed, ClosedAt = Db.UtcNow });
            Db.WriteAudit(Me.UserName, "关闭咨询", $"consultation:{id}");
        });
        Flash("咨询已办结");
        return RedirectToPage("Index");
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
        return true;
    }
}
