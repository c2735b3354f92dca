using LiteDB;
using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Market.Auditing;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Audit;

/// <summary>The audit log: the city sees all of it; county and station staff see what the staff of their jurisdiction did.</summary>
public sealed class IndexModel(MarketDb db) : ListPageModel(db)
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet()
    {
        var q = Q?.Trim();
        HashSet<string>? actors = null;
        if (!Me.IsCity)
        {
            actors = Db.Staff.FindAll()
                .Where(s => s.UserName == Me.UserName || (Me.IsCounty && s.Role == Market.Staff.StaffRole.County && s.District == Me.District) || (s.Role == Market.Staff.StaffRole.Station && s.StationId is { } sid && MyStations.Any(x => x.Id == sid)))
                .Select(s => s.UserName)
                .ToHashSet(StringComparer.Ordinal);
        }

        var (from, to) = DateBounds();
        var entries = Db.Audit.Find(Query.All(nameof(AuditEntry.At), OldestFirst ? Query.Ascending : Query.Descending))
            .Where(a => a.At >= from && a.At < to)
            .Where(a => actors is null || actors.Contains(a.Actor))
            .Where(a => string.IsNullOrEmpty(q) || a.Action.Contains(q, StringComparison.Ordinal) || a.Actor.Contains(q, StringComparison.Ordinal) || a.Subject.Contains(q, StringComparison.Ordinal) || (a.Detail ?? "").Contains(q, StringComparison.Ordinal));
        Entries = Paginate(entries);
    }
}
