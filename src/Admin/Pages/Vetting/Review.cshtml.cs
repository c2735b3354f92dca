using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Messaging;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>Approve (publish, so the Matcher pushes it) or reject (with a reason the employer is told) one held post.</summary>
public sealed class ReviewModel(MarketDb db) : AdminPageModel(db)
{
    public JobPost Post { get; private set; } = new();

    public string? Error { get; private set; }

    public IActionResult OnGet(int id) => Load(id) ? Page() : Outside();

    public IActionResult OnPostApprove(int id, string? note) => Decide(id, approve: true, note);

    public IActionResult OnPostReject(int id, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            if (!Load(id))
            {
                return Outside();
            }

            Error = "请填写不通过的原因，系统会告知用工方";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Decide(id, approve: false, reason);
    }

    /// <summary>One line for the employer: what and when.</summary>
    public static string Summary(JobPost post) =>
        $"「{post.WorkDate} {SkillNames.Of(post.Skills)}{post.Headcount}人」";

    private IActionResult Decide(int id, bool approve, string? text)
    {
        if (!Load(id))
        {
            return Outside();
        }

        var note = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)];
        var done = Db.InTransaction(() =>
        {
            var post = Db.Jobs.FindById(id);
            if (post.Status != JobStatus.PendingReview)
            {
                return false;
            }

            var now = Db.UtcNow;
            var decided = approve
                ? post with { Status = JobStatus.Published, PublishedAt = now, ReviewedBy = Me.UserName, ReviewNote = note }
                : post with { Status = JobStatus.Rejected, ClosedAt = now, ReviewedBy = Me.UserName, ReviewNote = note };
            Db.Jobs.Update(decided);
            var outcome = approve ? "已审核通过并发布" : $"未通过审核，原因：{note}";
            Notify.Person(Db, post.EmployerId, MessageTemplates.PostReviewed, [Summary(post), outcome], $"post-reviewed:{post.Id}", "notice");
            Db.WriteAudit(Me.UserName, approve ? "审核通过招工信息" : "驳回招工信息", $"job:{post.Id}", note);
            if (approve)
            {
                Db.Raise(new JobChanged(post.Id, Published: true));
            }

            return true;
        });
        if (!done)
        {
            Load(id);
            Error = "该信息已被处理";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Flash(approve ? $"招工信息 #{id} 已发布" : $"招工信息 #{id} 已驳回，已通知用工方");
        return RedirectToPage("Index");
    }

    private bool Load(int id)
    {
        var post = Db.Jobs.FindById(id);
        if (post is null || !Jurisdiction.Includes(MyStationIds, post.Collector.StationId))
        {
            return false;
        }

        Post = post;
        return true;
    }
}
