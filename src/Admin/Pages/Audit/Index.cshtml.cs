using LiteDB;
using ZeroWork.Market.Auditing;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Audit;

/// <summary>The audit log: the city sees all of it; county and station staff see what the staff of their jurisdiction did.</summary>
public sealed class IndexModel(MarketDb db) : AdminPageModel(db)
{
    public string? Q { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet(string? q)
    {
        Q = q?.Trim();
        HashSet<string>? actors = null;
        if (!Me.IsCity)
        {
            actors = Db.Staff.FindAll()
                .Where(s => s.UserName == Me.UserName || (Me.IsCounty && s.Role == Market.Staff.StaffRole.County && s.District == Me.District) || (s.Role == Market.Staff.StaffRole.Station && s.StationId is { } sid && MyStations.Any(x => x.Id == sid)))
                .Select(s => s.UserName)
                .ToHashSet(StringComparer.Ordinal);
        }

        Entries = [.. Db.Audit.Find(Query.All(nameof(AuditEntry.At), Query.Descending))
            .Where(a => actors is null || actors.Contains(a.Actor))
            .Where(a => string.IsNullOrEmpty(Q) || a.Action.Contains(Q, StringComparison.Ordinal) || a.Actor.Contains(Q, StringComparison.Ordinal) || a.Subject.Contains(Q, StringComparison.Ordinal) || (a.Detail ?? "").Contains(Q, StringComparison.Ordinal))
            .Take(500)];
    }
}
