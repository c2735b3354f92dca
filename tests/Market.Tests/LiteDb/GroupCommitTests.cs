using ZeroWork.Tests.Common.Storage;
using ZeroWork.Market.Events;
using ZeroWork.Market.People;

namespace ZeroWork.Market.Tests.LiteDb;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Concurrent_transactions_all_commit_and_each_caller_sees_its_own_result_and_events()
    {
        using var store = new TestStore();
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var _ = store.Events.Subscribe(e => seen.Add(((PersonChanged)e).PersonId));

        var ids = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => store.Db.InTransaction(() =>
        {
            var id = store.Db.People.Insert(new Person { Phone = $"139{i:00000000}" });
            store.Db.Raise(new PersonChanged(id, true));
            return id;
        }))));

        Assert.Equal(400, ids.Distinct().Count());
        Assert.Equal(400, store.Reopen().People.Count());
        Assert.Equal(ids.Order(), seen.Order());
    }

    [Fact]
    public async Task A_failing_unit_loses_nothing_of_the_others_committed_with_it()
    {
        using var store = new TestStore();
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            try
            {
                return store.Db.InTransaction(() =>
                {
                    store.Db.People.Insert(new Person { Phone = $"138{i:00000000}" });
                    return i % 10 == 0 ? throw new InvalidOperationException("refused") : true;
                });
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        })));

        Assert.Equal(20, results.Count(r => !r));
        var phones = store.Reopen().People.All().Select(p => p.Phone).ToHashSet();
        Assert.Equal(180, phones.Count);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(i % 10 != 0, phones.Contains($"138{i:00000000}")));
    }

    [Fact]
    public async Task Async_callers_get_their_result_and_events_after_the_commit_and_a_failure_stays_their_own()
    {
        using var store = new TestStore();
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var _ = store.Events.Subscribe(e => seen.Add(((PersonChanged)e).PersonId));

        var calls = Enumerable.Range(0, 100).Select(i => store.Db.InTransactionAsync(() =>
        {
            var id = store.Db.People.Insert(new Person { Phone = $"137{i:00000000}" });
            store.Db.Raise(new PersonChanged(id, true));
            return i == 50 ? throw new InvalidOperationException("refused") : id;
        })).ToList();

        await Assert.ThrowsAsync<InvalidOperationException>(() => calls[50]);
        var ids = await Task.WhenAll(calls.Where((_, i) => i != 50));
        Assert.Equal(99, ids.Distinct().Count());
        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal(99, store.Reopen().People.Count());
    }
}
