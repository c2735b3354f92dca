using System.Collections.Concurrent;
using ZeroWork.Market.Events;
using ZeroWork.Market.Tests.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>A unit commits everything or nothing; nested units join; events go out after the commit and never for a rollback.</summary>
public abstract class UnitOfWorkContract(IStoreHarness harness) : StoreContract(harness)
{
    private readonly ConcurrentQueue<MarketEvent> published = new();

    private IDisposable Listen() => Harness.Events.Subscribe(published.Enqueue);

    [Fact]
    public void A_committed_unit_is_seen_by_every_node_and_its_events_follow_the_commit()
    {
        using var _ = Listen();
        var id = Db.InTransaction(() =>
        {
            var id = Db.People.Insert(PgRecords.Worker("13800000001"));
            Db.Jobs.Insert(PgRecords.Job(id));
            Db.Raise(new PersonChanged(id, NewWorker: true));
            Assert.Empty(published);
            return id;
        });

        var e = Assert.IsType<PersonChanged>(Assert.Single(published));
        Assert.Equal(id, e.PersonId);
        Assert.False(e.FromOtherNode);
        var other = Harness.OtherNode();
        Assert.NotNull(other.People.Find(id));
        Assert.Single(other.Jobs.OfEmployer(id));
    }

    [Fact]
    public async Task An_async_unit_commits_before_it_returns()
    {
        using var _ = Listen();
        var id = await Db.InTransactionAsync(() =>
        {
            var id = Db.People.Insert(PgRecords.Worker("13800000001"));
            Db.Raise(new PersonChanged(id, NewWorker: true));
            return id;
        });

        Assert.NotNull(Harness.OtherNode().People.Find(id));
        Assert.Single(published);
    }

    [Fact]
    public void A_unit_that_throws_drops_its_writes_and_its_events()
    {
        using var _ = Listen();
        var error = Assert.Throws<InvalidOperationException>(() => Db.InTransaction<int>(() =>
        {
            var id = Db.People.Insert(PgRecords.Worker("13800000001"));
            Db.Outbox.Insert(PgRecords.Message("k1"));
            Db.Raise(new PersonChanged(id, NewWorker: true));
            throw new InvalidOperationException("业务出错");
        }));

        Assert.Equal("业务出错", error.Message);
        Assert.Equal(0, Db.People.Count());
        Assert.Null(Db.Outbox.ByIdempotencyKey("k1"));
        Assert.Empty(published);

        // The store is still usable after a rollback.
        Assert.True(Db.InTransaction(() => Db.People.Insert(PgRecords.Worker("13800000002"))) > 0);
        Assert.Equal(1, Db.People.Count());
    }

    [Fact]
    public void A_nested_unit_joins_the_outer_one_and_its_events_wait_for_the_outer_commit()
    {
        using var _ = Listen();
        Db.InTransaction(() =>
        {
            Db.InTransaction(() =>
            {
                Db.Raise(new JobChanged(Db.Jobs.Insert(PgRecords.Job(1)), Published: true));
                return 0;
            });
            Assert.Empty(published);
            Db.People.Insert(PgRecords.Worker("13800000001"));
            return 0;
        });
        Assert.Single(published);
        Assert.Equal(1, Db.Jobs.Count());

        published.Clear();
        Assert.Throws<InvalidOperationException>(() => Db.InTransaction<int>(() =>
        {
            Db.InTransaction(() =>
            {
                Db.Raise(new JobChanged(Db.Jobs.Insert(PgRecords.Job(2)), Published: true));
                return 0;
            });
            throw new InvalidOperationException("外层出错");
        }));

        Assert.Empty(published);
        Assert.Equal(1, Db.Jobs.Count());
        Assert.Empty(Db.Jobs.OfEmployer(2));
    }

    [Fact]
    public void An_event_raised_outside_a_unit_goes_out_at_once_and_a_subscriber_reads_what_was_committed()
    {
        using var _ = Listen();
        var seen = new ConcurrentQueue<string?>();
        using var subscription = Harness.Events.Subscribe(e =>
        {
            if (e is PersonChanged p)
            {
                seen.Enqueue(Db.People.Find(p.PersonId)?.Phone);
            }
        });

        Db.Raise(new StationsChanged());
        Assert.IsType<StationsChanged>(Assert.Single(published));
        Db.InTransaction(() =>
        {
            Db.Raise(new PersonChanged(Db.People.Insert(PgRecords.Worker("13800000001")), NewWorker: true));
            return 0;
        });

        Assert.Equal(["13800000001"], seen);
    }
}
