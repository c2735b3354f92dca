using ZeroWork.Admin.Security;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>The review queue: risky posts collected by stations in the viewer's jurisdiction, oldest first.</summary>
public sealed class IndexModel(MarketDb db) : AdminPageModel(db)
{
    public IReadOnlyList<JobPost> Queue { get; private set; } = [];

    public string CollectorOf(JobPost post) =>
        $"{StationName(post.Collector.StationId)}（{RoleNames.Of(post.Collector.Channel)}{(post.Collector.StaffUserName is { } u ? "·" + u : "")}）";

    public void OnGet()
    {
        var ids = MyStationIds;
        Queue = [.. Db.Jobs.Find(j => j.Status == JobStatus.PendingReview)
            .Where(j => Jurisdiction.Includes(ids, j.Collector.StationId))
            .OrderBy(j => j.CreatedAt)];
    }
}
