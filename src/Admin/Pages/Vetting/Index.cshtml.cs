using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>The review queue: risky posts collected by stations in the viewer's jurisdiction, oldest first (they have waited longest), paged; several may be approved at once.</summary>
public sealed class IndexModel(MarketDb db) : ListPageModel(db)
{
    public const int MaxBatch = 100;

    public IReadOnlyList<JobPost> Queue { get; private set; } = [];

    public string? Error { get; private set; }

    protected override bool DefaultOldestFirst => true;

    public string CollectorOf(JobPost post) =>
        $"{StationName(post.Collector.StationId)}（{RoleNames.Of(post.Collector.Channel)}{(post.Collector.StaffUserName is { } u ? "·" + u : "")}）";

    public void OnGet()
    {
        var matched = Db.Jobs.Find(j => j.Status == JobStatus.PendingReview)
            .Where(j => InScope(j.Collector.StationId) && InDates(j.CreatedAt))
            .Where(j => Matches(j.ContactName, j.ContactPhone, j.EmployerName, j.Description));
        Queue = Paginate(OldestFirst ? matched.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id) : matched.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id));
    }

    /// <summary>Approves the ticked posts one by one; any that cannot be waved through (fee demands in the text, already handled) stay in the queue and are named.</summary>
    public IActionResult OnPostApprove(List<int> ids)
    {
        var chosen = ids.Distinct().Take(MaxBatch).ToList();
        if (chosen.Count == 0 || !Confirmed)
        {
            Error = chosen.Count == 0 ? "请先勾选要通过的信息" : ConfirmFirst;
            OnGet();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var mine = MyStationIds;
        var refused = new List<string>();
        var approved = 0;
        foreach (var id in chosen)
        {
            var post = Db.Jobs.FindById(id);
            if (post is null || !Security.Jurisdiction.Includes(mine, post.Collector.StationId))
            {
                refused.Add($"#{id} 不在您的管辖范围内");
                continue;
            }

            var refusal = Db.InTransaction(() => PostDecision.Decide(Db, id, Me.UserName, approve: true, "批量审核通过"));
            if (refusal is null)
            {
                approved++;
            }
            else
            {
                refused.Add($"#{id} {refusal}");
            }
        }

        Flash(refused.Count == 0 ? $"已通过并发布 {approved} 条" : $"已通过并发布 {approved} 条；未通过 {refused.Count} 条：{string.Join("；", refused)}");
        return Redirect(Here);
    }
}
