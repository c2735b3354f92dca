using LiteDB;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Messaging;

/// <summary>The outbox's queues, each an expression index that holds only the rows waiting in it, so a claim reads what
/// is due and no more: pending messages by id (oldest first — the State index returns equal keys newest first, so a limit
/// on it would starve the oldest), held ones by the time they come due (a night of pushes held for the morning is not read
/// before then). Each has an urgent twin holding everything but pushes, so an answer queued behind a wave of pushes is
/// still read in the next claim. Rows in any other state have a null key and are never read.</summary>
public static class OutboxQueue
{
    public const string PendingIndex = "Queued";
    public const string HeldIndex = "Held";
    public const string UrgentPendingIndex = "QueuedUrgent";
    public const string UrgentHeldIndex = "HeldUrgent";
    public const string PendingKey = "IIF($.State = 'Pending', $._id, null)";
    public const string HeldKey = "IIF($.State = 'Deferred', $.NotBefore, null)";
    public const string UrgentPendingKey = "IIF($.State = 'Pending' AND $.Purpose != 'push', $._id, null)";
    public const string UrgentHeldKey = "IIF($.State = 'Deferred' AND $.Purpose != 'push', $.NotBefore, null)";

    public static void EnsureIndexes(ILiteCollection<OutboxMessage> outbox)
    {
        outbox.EnsureIndex(PendingIndex, PendingKey);
        outbox.EnsureIndex(HeldIndex, HeldKey);
        outbox.EnsureIndex(UrgentPendingIndex, UrgentPendingKey);
        outbox.EnsureIndex(UrgentHeldIndex, UrgentHeldKey);
    }

    /// <summary>Up to <paramref name="max"/> pending messages, oldest first.</summary>
    public static IEnumerable<OutboxMessage> Pending(MarketDb db, int max) => Between(db, PendingKey, 0L, long.MaxValue, max);

    /// <summary>Up to <paramref name="max"/> held messages whose time has come, earliest first.</summary>
    public static IEnumerable<OutboxMessage> Due(MarketDb db, DateTime utcNow, int max) => Between(db, HeldKey, DateTime.MinValue, utcNow, max);

    /// <summary>As <see cref="Pending"/>, without pushes.</summary>
    public static IEnumerable<OutboxMessage> UrgentPending(MarketDb db, int max) => Between(db, UrgentPendingKey, 0L, long.MaxValue, max);

    /// <summary>As <see cref="Due"/>, without pushes.</summary>
    public static IEnumerable<OutboxMessage> UrgentDue(MarketDb db, DateTime utcNow, int max) => Between(db, UrgentHeldKey, DateTime.MinValue, utcNow, max);

    private static IEnumerable<OutboxMessage> Between(MarketDb db, string key, BsonValue from, BsonValue to, int max) =>
        db.Outbox.Find(BsonExpression.Create($"{key} BETWEEN @0 AND @1", from, to), limit: max);
}
