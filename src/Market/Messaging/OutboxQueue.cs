using LiteDB;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Messaging;

/// <summary>The outbox's two queues, each an expression index that holds only the rows waiting in it, so a claim reads what
/// is due and no more: pending messages by id (oldest first — the State index returns equal keys newest first, so a limit
/// on it would starve the oldest), held ones by the time they come due (a night of pushes held for the morning is not read
/// before then). Rows in any other state have a null key and are never read by either.</summary>
public static class OutboxQueue
{
    public const string PendingIndex = "Queued";
    public const string HeldIndex = "Held";
    public const string PendingKey = "IIF($.State = 'Pending', $._id, null)";
    public const string HeldKey = "IIF($.State = 'Deferred', $.NotBefore, null)";

    /// <summary>Up to <paramref name="max"/> pending messages, oldest first.</summary>
    public static IEnumerable<OutboxMessage> Pending(MarketDb db, int max) =>
        db.Outbox.Find(BsonExpression.Create($"{PendingKey} BETWEEN @0 AND @1", 0L, long.MaxValue), limit: max);

    /// <summary>Up to <paramref name="max"/> held messages whose time has come, earliest first.</summary>
    public static IEnumerable<OutboxMessage> Due(MarketDb db, DateTime utcNow, int max) =>
        db.Outbox.Find(BsonExpression.Create($"{HeldKey} BETWEEN @0 AND @1", DateTime.MinValue, utcNow), limit: max);
}
