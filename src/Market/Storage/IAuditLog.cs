using ZeroWork.Market.Auditing;

namespace ZeroWork.Market.Storage;

/// <summary>The append-only audit trail (every reveal of contact, every decision).</summary>
public interface IAuditLog
{
    long Insert(AuditEntry entry);

    /// <summary>Entries about one subject (e.g. <c>job:12</c>), oldest first.</summary>
    IReadOnlyList<AuditEntry> About(string subject);

    /// <summary>Entries written in [from, to), newest first unless <paramref name="oldestFirst"/>.</summary>
    IEnumerable<AuditEntry> Between(DateTime fromUtc, DateTime toUtc, bool oldestFirst);

    long Count();
}
