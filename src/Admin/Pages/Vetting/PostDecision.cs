using ZeroWork.Admin.Messaging;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>Approving (publishing, so the Matcher pushes it) or rejecting one held post, for the review page and the batch action alike: the employer is told, the decision audited.</summary>
public static class PostDecision
{
    /// <summary>Flags a reviewer cannot wave through: the text itself still asks workers for money or reads like a scam, so it must be edited first; a simulator test post is never published.</summary>
    public static IReadOnlyList<string> Blocking(JobPost post, MarketDb db) =>
        [.. PostVetting.RiskFlags(post, db).Where(f => f.StartsWith("向求职者收取费用", StringComparison.Ordinal) || f.StartsWith("疑似诈骗用语", StringComparison.Ordinal) || f == Sandbox.PostFlag)];

    /// <summary>Runs inside the caller's transaction. Returns null when done, else why not.</summary>
    public static string? Decide(MarketDb db, int id, string reviewer, bool approve, string? note, string? description = null)
    {
        var post = db.Jobs.FindById(id);
        if (post is null || post.Status != JobStatus.PendingReview)
        {
            return "该信息已被处理";
        }

        if (approve)
        {
            post = description is null ? post : post with { Description = description };
            if (Blocking(post, db) is { Count: > 0 } blocking)
            {
                return $"说明中仍有不能发布的内容（{string.Join("；", blocking)}），请修改说明后再通过，或不予发布";
            }
        }

        var now = db.UtcNow;
        var decided = approve
            ? post with { Status = JobStatus.Published, PublishedAt = now, ReviewedBy = reviewer, ReviewNote = note }
            : post with { Status = JobStatus.Rejected, ClosedAt = now, ReviewedBy = reviewer, ReviewNote = note };
        db.Jobs.Update(decided);
        var outcome = approve ? "已审核通过并发布" : $"未通过审核，原因：{note}";
        Notify.Person(db, post.EmployerId, MessageTemplates.PostReviewed, [ReviewModel.Summary(post), outcome], $"post-reviewed:{post.Id}", "notice");
        db.WriteAudit(reviewer, approve ? "审核通过招工信息" : "驳回招工信息", $"job:{post.Id}", note);
        if (approve)
        {
            db.Raise(new JobChanged(post.Id, Published: true));
        }

        return null;
    }
}
