using ZeroWork.Tests.Common.Storage;
using LiteDB;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.LiteDb;

public sealed class LiteDbStoreTests
{
    [Fact]
    public void Person_with_worker_profile_round_trips()
    {
        using var store = new TestStore();
        var person = new Person
        {
            Name = "王",
            Phone = "13912345678",
            Worker = new WorkerProfile { Skills = ["bricklayer", "porter"], Home = new GeoPoint(112.15, 32.08), PayWanted = 200, PayUnit = "day", FreeDates = ["2026-11-27"] },
            CreatedAt = new DateTime(2026, 11, 26, 1, 0, 0, DateTimeKind.Utc),
        };
        var id = store.Db.People.Insert(person);

        var back = store.Reopen().People.Find(id)!;

        Assert.Equal("13912345678", back.Phone);
        Assert.Equal(["bricklayer", "porter"], back.Worker!.Skills);
        Assert.Equal(112.15, back.Worker.Home!.Lng);
        Assert.Equal(32.08, back.Worker.Home.Lat);
        Assert.Equal(200m, back.Worker.PayWanted);
        Assert.Equal(["2026-11-27"], back.Worker.FreeDates);
        Assert.Equal(person.CreatedAt, back.CreatedAt.ToUniversalTime());
    }

    [Fact]
    public void Job_post_round_trips_with_collector_and_status_as_text()
    {
        using var store = new TestStore();
        var id = store.Db.Jobs.Insert(new JobPost
        {
            Skills = ["construction_helper"],
            Headcount = 2,
            PayMin = 180,
            PayMax = 180,
            PayUnit = "day",
            Status = JobStatus.Published,
            Collector = new Collector { Channel = Channel.WeChat, StationId = "sub-xiangcheng" },
            TakerIds = [3],
        });

        var raw = store.Lite.Database.GetCollection("jobs").FindById(id);
        var back = store.Db.Jobs.Find(id)!;

        Assert.Equal("Published", raw["Status"].AsString);
        Assert.Equal("sub-xiangcheng", back.Collector.StationId);
        Assert.Equal([3], back.TakerIds);
        Assert.True(back.IsOpen);
    }

    [Fact]
    public void Queries_on_indexed_fields_use_the_index()
    {
        using var store = new TestStore();
        store.Db.People.Insert(new Person { Phone = "13900000001" });
        var plan = store.Lite.Database.Execute("EXPLAIN SELECT $ FROM people WHERE Phone = '13900000001'").Current.AsDocument;
        Assert.Equal("Phone", plan["index"]["name"].AsString);

        var outboxPlan = store.Lite.Database.Execute("EXPLAIN SELECT $ FROM outbox WHERE State = 'Pending'").Current.AsDocument;
        Assert.Equal("State", outboxPlan["index"]["name"].AsString);
    }

    [Fact]
    public void Rolled_back_transaction_leaves_nothing_and_raises_no_event()
    {
        using var store = new TestStore();
        var seen = new List<MarketEvent>();
        using var _ = store.Events.Subscribe(seen.Add);

        Assert.Throws<InvalidOperationException>(() => store.Db.InTransaction(() =>
        {
            store.Db.People.Insert(new Person { Phone = "13900000002" });
            store.Db.Raise(new PersonChanged(1, true));
            throw new InvalidOperationException("boom");
        }));

        Assert.Equal(0, store.Db.People.Count());
        Assert.Empty(seen);
    }

    [Fact]
    public void Committed_transaction_dispatches_events_after_commit()
    {
        using var store = new TestStore();
        var countsSeen = new List<long>();
        using var _ = store.Events.Subscribe(_ => countsSeen.Add(store.Db.People.Count()));

        store.Db.InTransaction(() =>
        {
            store.Db.People.Insert(new Person { Phone = "13900000003" });
            store.Db.Raise(new PersonChanged(1, true));
        });

        Assert.Equal([1], countsSeen);
    }

    [Fact]
    public void Outbox_enqueue_is_idempotent_on_its_key_and_counts_sms_segments()
    {
        using var store = new TestStore();
        var first = store.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13900000004", Text = new string('好', 100), IdempotencyKey = "k1" });
        var again = store.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13900000004", Text = "other", IdempotencyKey = "k1" });

        Assert.Equal(first.Id, again.Id);
        Assert.Single(store.Db.Outbox.All());
        Assert.Equal(2, first.Segments);
    }

    [Fact]
    public void Inbound_dedupe_key_is_unique()
    {
        using var store = new TestStore();
        store.Db.Inbound.Insert(new InboundMessage { DedupeKey = "wx:1", From = "o1" });
        Assert.Throws<LiteException>(() => store.Db.Inbound.Insert(new InboundMessage { DedupeKey = "wx:1", From = "o1" }));
    }

    [Fact]
    public void New_file_gets_the_current_schema_version()
    {
        using var store = new TestStore();
        Assert.Equal(LiteDbSchema.Current, store.Lite.Database.UserVersion);
    }

    [Fact]
    public void File_from_a_newer_release_is_refused_with_one_line()
    {
        using var store = new TestStore();
        store.Lite.Database.UserVersion = LiteDbSchema.Current + 1;
        store.Lite.Dispose();

        var ex = Assert.Throws<StoreOpenException>(() => LiteDbStore.Open(store.Path, new MarketEvents(), TimeProvider.System));
        Assert.DoesNotContain('\n', ex.Message);

    }

    [Fact]
    public void Older_file_is_upgraded_on_open()
    {
        using var store = new TestStore();
        store.Lite.Database.UserVersion = 0;
        store.Reopen();
        Assert.Equal(LiteDbSchema.Current, store.Lite.Database.UserVersion);
    }

    [Fact]
    public void Corrupt_file_is_refused_with_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("zw-corrupt-").FullName;
        var path = System.IO.Path.Combine(folder, "bad.db");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31))]);

        var ex = Assert.Throws<StoreOpenException>(() => LiteDbStore.Open(path, new MarketEvents(), TimeProvider.System));
        Assert.DoesNotContain('\n', ex.Message);
        Directory.Delete(folder, true);
    }
}
