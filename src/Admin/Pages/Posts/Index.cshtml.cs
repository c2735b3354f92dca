using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Posts;

/// <summary>Every post collected in the viewer's jurisdiction, newest first, with who collected it.</summary>
public sealed class IndexModel(MarketDb db) : ListPageModel(db)
{
    public JobStatus? Status => Enum.TryParse<JobStatus>(State, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;

    public IReadOnlyList<JobPost> Posts { get; private set; } = [];

    public int? RevealedId { get; private set; }

    public void OnGet()
    {
        RevealedId = Revealed("job");
        var matched = (Status is { } st ? Db.Jobs.Find(j => j.Status == st) : Db.Jobs.FindAll())
            .Where(j => InScope(j.Collector.StationId) && InDates(j.CreatedAt))
            .Where(j => Matches(j.ContactName, j.ContactPhone, j.EmployerName, j.PlaceText));
        Posts = Paginate(OldestFirst ? matched.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id) : matched.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id));
        if (RevealedId is { } id && Posts.All(p => p.Id != id) && Db.Jobs.FindById(id) is { } revealed && Jurisdiction.Includes(MyStationIds, revealed.Collector.StationId))
        {
            Posts = [revealed, .. Posts];
        }
    }

    public IActionResult OnPostReveal(int id)
    {
        var post = Db.Jobs.FindById(id);
        return post is null || !Jurisdiction.Includes(MyStationIds, post.Collector.StationId) ? Outside() : Reveal("job", id, PhoneMask.Mask(post.ContactPhone), Here);
    }
}
