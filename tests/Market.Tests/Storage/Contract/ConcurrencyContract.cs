using System.Collections.Concurrent;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Tests.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>
/// Units on one row from two nodes (LiteDB: two threads on its one store) are serialised by the read for update: no
/// update is lost, a job never gets more takers than its headcount, an outbox message is claimed by one sender.
/// </summary>
public abstract class ConcurrencyContract(IStoreHarness harness) : StoreContract(harness)
{
    private const int Threads = 4;

    private IMarketStore[] Nodes()
    {
        var other = Harness.OtherNode();
        return [.. Enumerable.Range(0, Threads).Select(i => i % 2 == 0 ? Db : other)];
    }

    private static void RunTogether(IMarketStore[] nodes, Action<IMarketStore, int> work)
    {
        using var start = new Barrier(nodes.Length);
        var threads = nodes.Select((node, i) => new Thread(() =>
        {
            start.SignalAndWait();
            work(node, i);
        })).ToList();
        foreach (var t in threads)
        {
            t.Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }
    }

    [Fact]
    public void Read_for_update_loses_no_update_when_two_nodes_change_one_row()
    {
        var jobId = Db.Jobs.Insert(PgRecords.Job(1) with { TakerIds = [], Headcount = 1000 });
        var errors = new ConcurrentQueue<Exception>();

        RunTogether(Nodes(), (node, i) =>
        {
            for (var n = 0; n < 10; n++)
            {
                var taker = (i * 100) + n;
                try
                {
                    node.InTransaction(() =>
                    {
                        var job = node.Jobs.FindForUpdate(jobId)!;
                        node.Jobs.Update(job with { TakerIds = [.. job.TakerIds, taker] });
                        return 0;
                    });
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }
        });

        Assert.Empty(errors);
        var takers = Db.Jobs.Find(jobId)!.TakerIds;
        Assert.Equal(Threads * 10, takers.Count);
        Assert.Equal(Threads * 10, takers.Distinct().Count());
    }

    [Fact]
    public void A_take_up_race_never_gives_a_job_more_takers_than_its_headcount()
    {
        var jobId = Db.Jobs.Insert(PgRecords.Job(1) with { TakerIds = [], Headcount = 2 });
        var won = new ConcurrentQueue<int>();

        RunTogether(Nodes(), (node, i) =>
        {
            var took = node.InTransaction(() =>
            {
                var job = node.Jobs.FindForUpdate(jobId)!;
                if (job.TakerIds.Count >= job.Headcount)
                {
                    return false;
                }

                node.Jobs.Update(job with { TakerIds = [.. job.TakerIds, i + 1] });
                return true;
            });
            if (took)
            {
                won.Enqueue(i + 1);
            }
        });

        Assert.Equal(2, won.Count);
        Assert.Equal(won.Order(), Db.Jobs.Find(jobId)!.TakerIds.Order());
    }

    [Fact]
    public void An_outbox_message_is_claimed_by_exactly_one_sender()
    {
        const int Messages = 24;
        for (var n = 0; n < Messages; n++)
        {
            Db.Outbox.Insert(PgRecords.Message($"m{n}"));
        }

        var claims = new ConcurrentQueue<long>();
        RunTogether(Nodes(), (node, i) =>
        {
            // As the dispatcher does: read a batch, then claim each message in a unit of its own.
            for (var round = 0; round < 200 && node.Outbox.CountInState(OutboxState.Pending) > 0; round++)
            {
                foreach (var candidate in node.Outbox.Pending(5, urgentOnly: false))
                {
                    var claimed = node.InTransaction(() =>
                    {
                        var current = node.Outbox.FindForUpdate(candidate.Id);
                        if (current is not { State: OutboxState.Pending })
                        {
                            return false;
                        }

                        node.Outbox.Update(current with { State = OutboxState.Sending, Attempts = current.Attempts + 1 });
                        return true;
                    });
                    if (claimed)
                    {
                        claims.Enqueue(candidate.Id);
                    }
                }
            }
        });

        Assert.Equal(Messages, claims.Count);
        Assert.Equal(Messages, claims.Distinct().Count());
        Assert.All(Db.Outbox.All(), m => Assert.Equal(1, m.Attempts));
        Assert.Equal(Messages, Db.Outbox.CountInState(OutboxState.Sending));
    }
}
