using Npgsql;
using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(PostgresFixture fixture)
{
    [Fact]
    public async Task A_lost_server_fails_the_unit_as_unavailable_until_a_commit_succeeds_again()
    {
        var direct = new NpgsqlConnectionStringBuilder(fixture.Cluster.CreateDatabase());
        using var proxy = new LoopbackProxy(direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Port = proxy.Port, Timeout = 3 };
        using var db = PgStoreFactory.Open(throughProxy.ConnectionString);
        db.InTransaction(() => db.People.Insert(PgRecords.Worker("13800000001")));
        Assert.False(db.WritesFailing);

        proxy.Cut();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => db.InTransactionAsync(() => db.People.Insert(PgRecords.Worker("13800000002"))));
        Assert.True(db.WritesFailing);
        Assert.Throws<StoreUnavailableException>(() => db.People.Count());

        proxy.Restore();
        db.InTransaction(() => db.People.Insert(PgRecords.Worker("13800000003")));
        Assert.False(db.WritesFailing);
        Assert.Equal(["13800000001", "13800000003"], db.People.All().Select(p => p.Phone));
    }

    [Fact]
    public async Task A_node_whose_listener_was_cut_off_is_told_it_missed_changes_once_it_listens_again()
    {
        var direct = new NpgsqlConnectionStringBuilder(fixture.Cluster.CreateDatabase());
        using var proxy = new LoopbackProxy(direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Port = proxy.Port, Timeout = 3 };
        var eventsB = new MarketEvents();
        using var nodeA = PgStoreFactory.Open(direct.ConnectionString);
        using var nodeB = PgStoreFactory.Open(throughProxy.ConnectionString, eventsB);
        var missed = new TaskCompletionSource<MarketEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = eventsB.Subscribe(e => { if (e is ChangesMissed) missed.TrySetResult(e); });

        proxy.Cut();
        await nodeA.InTransactionAsync(() =>
        {
            var id = nodeA.People.Insert(PgRecords.Worker("13800000009"));
            nodeA.Raise(new PersonChanged(id, NewWorker: true));
            return id;
        });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(missed.Task.IsCompleted);

        proxy.Restore();
        var told = await missed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.True(told.FromOtherNode);
    }
}
