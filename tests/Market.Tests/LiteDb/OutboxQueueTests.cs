using ZeroWork.Tests.Common.Storage;
using LiteDB;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.LiteDb;

namespace ZeroWork.Market.Tests.LiteDb;

public sealed class OutboxQueueTests
{
    [Fact]
    public void Pending_messages_come_oldest_first_up_to_the_limit()
    {
        using var store = new TestStore();
        var ids = store.Db.InTransaction(() => Enumerable.Range(0, 30).Select(i => Add(store, $"p{i}", OutboxState.Pending, null)).ToList());
        store.Db.InTransaction(() => Add(store, "sent", OutboxState.Sent, null));

        Assert.Equal(ids.Take(10), store.Db.Outbox.Pending(10, urgentOnly: false).Select(m => m.Id));
    }

    [Fact]
    public void Only_held_messages_whose_time_has_come_are_due_earliest_first()
    {
        using var store = new TestStore();
        var now = new DateTime(2026, 11, 26, 23, 0, 0, DateTimeKind.Utc);
        var (late, early) = store.Db.InTransaction(() =>
        {
            var l = Add(store, "late", OutboxState.Deferred, now.AddMinutes(-1));
            var e = Add(store, "early", OutboxState.Deferred, now.AddHours(-2));
            Add(store, "tomorrow", OutboxState.Deferred, now.AddHours(8));
            Add(store, "cancelled", OutboxState.Failed, now.AddHours(-3));
            Add(store, "unknown", OutboxState.Unknown, now.AddHours(-3));
            return (l, e);
        });

        Assert.Equal([early, late], store.Db.Outbox.Due(now, 10, urgentOnly: false).Select(m => m.Id));
    }

    [Fact]
    public void Both_queues_are_read_through_their_own_index()
    {
        using var store = new TestStore();

        var pending = store.Lite.OutboxCollection.Query().Where(BsonExpression.Create($"{OutboxQueue.PendingKey} BETWEEN @0 AND @1", 0L, long.MaxValue)).GetPlan();
        var held = store.Lite.OutboxCollection.Query().Where(BsonExpression.Create($"{OutboxQueue.HeldKey} BETWEEN @0 AND @1", DateTime.MinValue, DateTime.UtcNow)).GetPlan();

        Assert.Equal(OutboxQueue.PendingIndex, pending["index"]["name"].AsString);
        Assert.Equal(OutboxQueue.HeldIndex, held["index"]["name"].AsString);
    }

    private static long Add(TestStore store, string key, OutboxState state, DateTime? notBefore) =>
        store.Db.Outbox.Insert(new OutboxMessage { Address = "13900000001", IdempotencyKey = key, State = state, NotBefore = notBefore, Text = "x" });
}
