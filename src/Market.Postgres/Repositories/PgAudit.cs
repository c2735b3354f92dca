using ZeroWork.Market.Auditing;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgAudit(DocTable<AuditEntry> audit) : IAuditLog
{
    public long Insert(AuditEntry entry) => audit.Insert(entry);

    public IReadOnlyList<AuditEntry> About(string subject) => audit.Many("WHERE subject = @p0 ORDER BY at, id", subject);

    public IEnumerable<AuditEntry> Between(DateTime fromUtc, DateTime toUtc, bool oldestFirst) =>
        audit.Many($"WHERE at >= @p0 AND at < @p1 ORDER BY {(oldestFirst ? "at, id" : "at DESC, id DESC")}", fromUtc, toUtc);

    public long Count() => audit.Count();
}
