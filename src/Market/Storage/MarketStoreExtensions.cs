using ZeroWork.Market.Auditing;

namespace ZeroWork.Market.Storage;

public static class MarketStoreExtensions
{
    public static void InTransaction(this IMarketStore store, Action work) => store.InTransaction(() =>
    {
        work();
        return true;
    });

    public static Task InTransactionAsync(this IMarketStore store, Action work) => store.InTransactionAsync(() =>
    {
        work();
        return true;
    });

    public static void WriteAudit(this IMarketStore store, string actor, string action, string subject, string? detail = null) =>
        store.Audit.Insert(new AuditEntry { At = store.UtcNow, Actor = actor, Action = action, Subject = subject, Detail = detail });
}
