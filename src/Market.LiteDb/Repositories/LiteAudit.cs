using LiteDB;
using ZeroWork.Market.Auditing;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteAudit(ILiteCollection<AuditEntry> audit) : IAuditLog
{
    public long Insert(AuditEntry entry) => audit.Insert(entry).AsInt64;

    public IReadOnlyList<AuditEntry> About(string subject) =>
        [.. audit.Find(StoreQuery.Equal(nameof(AuditEntry.Subject), subject)).OrderBy(a => a.At).ThenBy(a => a.Id)];

    public IEnumerable<AuditEntry> Between(DateTime fromUtc, DateTime toUtc, bool oldestFirst) =>
        audit.Find(Query.All(nameof(AuditEntry.At), oldestFirst ? Query.Ascending : Query.Descending)).Where(a => a.At >= fromUtc && a.At < toUtc);

    public long Count() => audit.LongCount();
}
