using Npgsql;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrencyTests(PostgresFixture fixture)
{
    /// <summary>Waits until some session of the database is blocked on a row lock: proof that a unit waits rather than reads past the lock.</summary>
    private static void WaitForLockWaiter(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)command.ExecuteScalar()! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the second unit never waited for the row lock");
            Thread.Sleep(20);
        }
    }

    [Fact]
    public async Task Reading_for_update_makes_a_second_unit_on_another_node_wait_and_see_the_first_ones_write()
    {
        var connection = fixture.Cluster.CreateDatabase();
        using var nodeA = PgStoreFactory.Open(connection);
        using var nodeB = PgStoreFactory.Open(connection);
        var id = nodeA.Jobs.Insert(PgRecords.Job(1) with { TakerIds = [] });
        using var locked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        var first = Task.Run(() => nodeA.InTransaction(() =>
        {
            var job = nodeA.Jobs.FindForUpdate(id)!;
            locked.Set();
            release.Wait();
            nodeA.Jobs.Update(job with { TakerIds = [.. job.TakerIds, 100] });
            return true;
        }));
        locked.Wait();
        var second = Task.Run(() => nodeB.InTransaction(() =>
        {
            var job = nodeB.Jobs.FindForUpdate(id)!;
            nodeB.Jobs.Update(job with { TakerIds = [.. job.TakerIds, 200] });
            return job.TakerIds.Count;
        }));
        WaitForLockWaiter(connection);
        release.Set();
        await first;

        Assert.Equal(1, await second);
        Assert.Equal([100, 200], nodeA.Jobs.Find(id)!.TakerIds);
    }

    [Fact]
    public async Task Two_nodes_draining_one_outbox_get_disjoint_claims()
    {
        var connection = fixture.Cluster.CreateDatabase();
        using var nodeA = PgStoreFactory.Open(connection);
        using var nodeB = PgStoreFactory.Open(connection);
        var now = nodeA.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            nodeA.Outbox.Insert(PgRecords.Message($"p{i}"));
            nodeA.Outbox.Insert(PgRecords.Message($"d{i}", OutboxState.Deferred, notBefore: now.AddMinutes(-i)));
        }

        using var claimed = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        List<long> idsA = [];
        var holder = Task.Run(() => nodeA.InTransaction(() =>
        {
            idsA = [.. nodeA.Outbox.Pending(6, urgentOnly: false).Concat(nodeA.Outbox.Due(now, 6, urgentOnly: false)).Select(m => m.Id)];
            claimed.Set();
            release.Wait();
            return true;
        }));
        claimed.Wait();
        var idsB = nodeB.Outbox.Pending(10, urgentOnly: false).Concat(nodeB.Outbox.Due(now, 10, urgentOnly: false)).Select(m => m.Id).ToList();
        release.Set();
        await holder;

        Assert.Equal(12, idsA.Count);
        Assert.Equal(8, idsB.Count);
        Assert.Empty(idsA.Intersect(idsB));
    }

    [Fact]
    public void Due_reads_held_messages_earliest_first_and_urgent_ones_leave_pushes_out()
    {
        using var db = PgStoreFactory.Fresh(fixture);
        var now = db.UtcNow;
        db.Outbox.Insert(PgRecords.Message("late", OutboxState.Deferred, notBefore: now.AddMinutes(-1)));
        db.Outbox.Insert(PgRecords.Message("early", OutboxState.Deferred, OutboxMessage.PushPurpose, now.AddMinutes(-5)));
        db.Outbox.Insert(PgRecords.Message("future", OutboxState.Deferred, notBefore: now.AddMinutes(5)));
        db.Outbox.Insert(PgRecords.Message("push", OutboxState.Pending, OutboxMessage.PushPurpose));
        db.Outbox.Insert(PgRecords.Message("reply"));

        Assert.Equal(["early", "late"], db.Outbox.Due(now, 10, urgentOnly: false).Select(m => m.IdempotencyKey));
        Assert.Equal(["late"], db.Outbox.Due(now, 10, urgentOnly: true).Select(m => m.IdempotencyKey));
        Assert.Equal(["push", "reply"], db.Outbox.Pending(10, urgentOnly: false).Select(m => m.IdempotencyKey));
        Assert.Equal(["reply"], db.Outbox.Pending(10, urgentOnly: true).Select(m => m.IdempotencyKey));
        Assert.Equal(["push"], db.Outbox.Pending(1, urgentOnly: false).Select(m => m.IdempotencyKey));
    }

    [Fact]
    public void Dedupe_and_idempotency_keys_are_unique_in_the_database()
    {
        using var db = PgStoreFactory.Fresh(fixture);
        db.Inbound.Insert(PgRecords.Inbound("sms:1"));
        db.Outbox.Insert(PgRecords.Message("k"));
        db.Pushes.Insert(PgRecords.Push(1, 2));
        db.People.Insert(PgRecords.Worker("13800000001"));
        db.Staff.Insert(PgRecords.Staff("wang"));

        static void Duplicate(Action insert) => Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.Throws<PostgresException>(insert).SqlState);
        Duplicate(() => db.Inbound.Insert(PgRecords.Inbound("sms:1")));
        Duplicate(() => db.Outbox.Insert(PgRecords.Message("k")));
        Duplicate(() => db.Pushes.Insert(PgRecords.Push(1, 2)));
        Duplicate(() => db.People.Insert(PgRecords.Worker("13800000001")));
        Duplicate(() => db.Staff.Insert(PgRecords.Staff("wang")));
        Assert.Equal(1, db.Inbound.Count());

        // Save is LiteDB's upsert: ON CONFLICT replaces the row.
        db.Conversations.Save(PgRecords.Conversation("c"));
        db.Conversations.Save(PgRecords.Conversation("c") with { Asking = "time" });
        Assert.Equal("time", db.Conversations.Find("c")!.Asking);
    }

    [Fact]
    public async Task Two_nodes_storing_the_same_inbound_message_at_once_store_it_once()
    {
        var connection = fixture.Cluster.CreateDatabase();
        using var nodeA = PgStoreFactory.Open(connection);
        using var nodeB = PgStoreFactory.Open(connection);
        using var start = new Barrier(2);

        var runs = 0;

        // Check-then-insert, as the inbound handler does: the loser's unit hits the unique key, is run again and sees the winner's row.
        bool Store(Market.Storage.IMarketStore db) => db.InTransaction(() =>
        {
            var seen = db.Inbound.ByDedupeKey("wx:42") is not null;
            if (Interlocked.Increment(ref runs) <= 2)
            {
                start.SignalAndWait(TimeSpan.FromSeconds(10));
            }

            if (!seen)
            {
                db.Inbound.Insert(PgRecords.Inbound("wx:42"));
            }

            return !seen;
        });
        var results = await Task.WhenAll(Task.Run(() => Store(nodeA)), Task.Run(() => Store(nodeB)));

        Assert.Equal(3, runs);
        Assert.Equal(1, results.Count(stored => stored));
        Assert.Equal(1, nodeA.Inbound.Count());
        Assert.True(nodeA.Rollbacks + nodeB.Rollbacks >= 1);
    }

    [Fact]
    public void Events_are_published_after_the_commit_and_dropped_on_rollback()
    {
        var events = new MarketEvents();
        using var db = PgStoreFactory.Open(fixture.Cluster.CreateDatabase(), events);
        var heard = new List<MarketEvent>();
        using var subscription = events.Subscribe(heard.Add);

        db.InTransaction(() =>
        {
            var id = db.Jobs.Insert(PgRecords.Job(1));
            db.Raise(new JobChanged(id, Published: true));
            Assert.Empty(heard);
            return id;
        });
        Assert.Equal([new JobChanged(1, true)], heard);

        Assert.Throws<InvalidOperationException>(() => db.InTransaction<int>(() =>
        {
            db.Jobs.Insert(PgRecords.Job(1));
            db.Raise(new JobChanged(2, Published: true));
            throw new InvalidOperationException("the unit fails");
        }));
        Assert.Single(heard);
        Assert.Equal(1, db.Jobs.Count());
        Assert.Equal(1, db.Rollbacks);
    }

    [Fact]
    public async Task Nested_units_join_the_outer_one()
    {
        using var db = PgStoreFactory.Fresh(fixture);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync<int>(() =>
        {
            db.InTransaction(() => db.Jobs.Insert(PgRecords.Job(1)));
            throw new InvalidOperationException("outer fails after the inner one returned");
        }));
        Assert.Equal(0, db.Jobs.Count());
    }

    [Fact]
    public async Task Another_node_hears_committed_events_with_FromOtherNode_and_a_node_never_hears_its_own_twice()
    {
        var connection = fixture.Cluster.CreateDatabase();
        var eventsA = new MarketEvents();
        var eventsB = new MarketEvents();
        using var nodeA = PgStoreFactory.Open(connection, eventsA);
        using var nodeB = PgStoreFactory.Open(connection, eventsB);
        var onA = new List<MarketEvent>();
        var onB = new TaskCompletionSource<MarketEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subA = eventsA.Subscribe(e => { lock (onA) { onA.Add(e); } });
        using var subB = eventsB.Subscribe(e => onB.TrySetResult(e));

        Assert.Throws<InvalidOperationException>(() => nodeA.InTransaction<int>(() =>
        {
            nodeA.Raise(new PersonChanged(9, NewWorker: true));
            throw new InvalidOperationException("rolled back: nobody hears it");
        }));
        await nodeA.InTransactionAsync(() =>
        {
            nodeA.Raise(new JobChanged(7, Published: true));
            return true;
        });

        var relayed = await onB.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new JobChanged(7, true) { FromOtherNode = true }, relayed);

        // B's own unit reaches A too; by then A has had every chance to hear its own notification, and must not have.
        var backOnA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subA2 = eventsA.Subscribe(e => { if (e is StationsChanged { FromOtherNode: true }) backOnA.TrySetResult(); });
        await nodeB.InTransactionAsync(() =>
        {
            nodeB.Raise(new StationsChanged());
            return true;
        });
        await backOnA.Task.WaitAsync(TimeSpan.FromSeconds(5));
        lock (onA)
        {
            Assert.Equal([new JobChanged(7, true), new StationsChanged { FromOtherNode = true }], onA);
        }

        Assert.Equal(1, nodeB.EventsFromOtherNodes);
    }
}
