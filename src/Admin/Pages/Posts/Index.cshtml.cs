using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Posts;

public sealed class IndexModel(MarketDb db) : AdminPageModel(db)
{
    public JobStatus? Status { get; private set; }

    public IReadOnlyList<JobPost> Posts { get; private set; } = [];

    public int? RevealedId { get; private set; }

    public void OnGet(string? status) => Load(status);

    public IActionResult OnPostReveal(int id, string? status)
    {
        var post = Db.Jobs.FindById(id);
        if (post is null || !Jurisdiction.Includes(MyStationIds, post.Collector.StationId))
        {
            return Outside();
        }

        Db.WriteAudit(Me.UserName, "查看完整电话", $"job:{id}", PhoneMask.Mask(post.ContactPhone));
        RevealedId = id;
        Load(status);
        if (Posts.All(p => p.Id != id))
        {
            Posts = [post, .. Posts];
        }

        return Page();
    }

    private void Load(string? status)
    {
        Status = Enum.TryParse<JobStatus>(status, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        var ids = MyStationIds;
        Posts = [.. (Status is { } st ? Db.Jobs.Find(j => j.Status == st) : Db.Jobs.FindAll())
            .Where(j => Jurisdiction.Includes(ids, j.Collector.StationId))
            .OrderByDescending(j => j.CreatedAt)
            .Take(200)];
    }
}
