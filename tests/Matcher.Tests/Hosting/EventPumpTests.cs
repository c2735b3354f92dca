using Microsoft.Extensions.Hosting;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Hosting;

public sealed class EventPumpTests
{
    [Fact]
    public void A_new_worker_is_pushed_the_nearest_fitting_open_posts_at_once_up_to_three()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var posts = Enumerable.Range(1, 5).Select(i => m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, i * 70, i * 200), ["porter"])).ToList();
        m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, 50), ["cook"]);
        m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, 2500), ["porter"]);
        var id = m.Db.People.Insert(new Person
        {
            Phone = "13900000001",
            Worker = new WorkerProfile { Skills = ["porter"], Home = Geo.Fancheng },
        });

        m.Pump.Handle(new PersonChanged(id, NewWorker: true));

        var pushed = m.Db.Pushes.All().Where(p => p.WorkerId == id).OrderBy(p => p.DistanceMeters).ToList();
        Assert.Equal(posts.Take(3).Select(p => p.Id), pushed.Select(p => p.JobId));
        Assert.All(pushed, p => Assert.Equal(0, p.Wave));
        Assert.True(m.Indexes.Workers.Contains(id));
    }

    [Fact]
    public void Opting_out_takes_the_worker_out_of_the_index()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Fancheng, ["porter"]);
        m.Db.People.Update(m.Db.People.Find(worker.Id)! with { OptedOut = true });

        m.Pump.Handle(new PersonChanged(worker.Id, false));

        Assert.False(m.Indexes.Workers.Contains(worker.Id));
    }

    [Fact]
    public void Changes_missed_while_cut_off_from_the_other_nodes_reload_both_indexes_and_plan_nothing()
    {
        using var m = new TestMarket();
        var gone = m.AddWorker(Geo.Fancheng, ["porter"]);

        // What other nodes committed while this one heard nothing: a new worker, an opt-out, a published post.
        var unheard = m.Db.People.Insert(new Person { Phone = "13900000002", Worker = new WorkerProfile { Skills = ["porter"], Home = Geo.Offset(Geo.Fancheng, 0, 300) } });
        m.Db.People.Update(m.Db.People.Find(gone.Id)! with { OptedOut = true });
        var job = PublishedUnseen(m);
        Assert.False(m.Indexes.Workers.Contains(unheard));

        m.Pump.Handle(new ChangesMissed { FromOtherNode = true });

        Assert.True(m.Indexes.Workers.Contains(unheard));
        Assert.False(m.Indexes.Workers.Contains(gone.Id));
        Assert.Equal(job.Id, Assert.Single(m.Indexes.Jobs.All()).Id);
        Assert.Empty(m.Db.Pushes.OfJob(job.Id));
        Assert.Empty(m.Db.Outbox.All());
    }

    [Fact]
    public void A_post_published_on_another_node_enters_the_index_but_is_planned_there_not_here()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 400), ["porter"]);
        var job = PublishedUnseen(m);

        m.Pump.Handle(new JobChanged(job.Id, Published: true) { FromOtherNode = true });

        Assert.Equal(job.Id, Assert.Single(m.Indexes.Jobs.All()).Id);
        Assert.Empty(m.Db.Pushes.OfJob(job.Id));
        Assert.Empty(m.Db.Pushes.OfWorker(worker.Id, PushState.Queued));
        Assert.Empty(m.Db.Outbox.All());
    }

    [Fact]
    public void A_post_published_on_this_node_enters_the_index_and_gets_its_first_wave()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 400), ["porter"]);
        var job = PublishedUnseen(m);

        m.Pump.Handle(new JobChanged(job.Id, Published: true));

        Assert.Equal(job.Id, Assert.Single(m.Indexes.Jobs.All()).Id);
        var push = Assert.Single(m.Db.Pushes.OfJob(job.Id));
        Assert.Equal(worker.Id, push.WorkerId);
        Assert.Equal(1, push.Wave);
    }

    [Fact]
    public void Two_nodes_planning_the_same_first_wave_push_each_worker_once()
    {
        using var m = new TestMarket();
        var workers = Enumerable.Range(1, 5).Select(i => m.AddWorker(Geo.Offset(Geo.Fancheng, i * 60, i * 150), ["porter"])).ToList();
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        var other = m.SecondNode();

        // Both recover the post at start (each raises its own, local, event for it).
        m.Pump.Handle(new JobChanged(job.Id, Published: true));
        other.Handle(new JobChanged(job.Id, Published: true));

        var pushed = m.Db.Pushes.OfJob(job.Id).ToList();
        Assert.Equal(m.Options.WaveFactor, pushed.Count);
        Assert.Equal(pushed.Count, pushed.Select(p => p.WorkerId).Distinct().Count());
        Assert.All(pushed, p => Assert.Contains(p.WorkerId, workers.Select(w => w.Id)));
        Assert.Equal(pushed.Count, m.Db.Outbox.All().Count(o => o.Purpose == "push"));
    }

    [Fact]
    public void A_post_closed_on_another_node_leaves_the_index()
    {
        using var m = new TestMarket();
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.Db.Jobs.Update(m.Db.Jobs.Find(job.Id)! with { Status = JobStatus.Closed });

        m.Pump.Handle(new JobChanged(job.Id, Published: false) { FromOtherNode = true });

        Assert.Empty(m.Indexes.Jobs.All());
    }

    [Fact]
    public void A_worker_registered_on_another_node_enters_the_index_and_is_pulled_there_not_here()
    {
        using var m = new TestMarket();
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        var id = m.Db.People.Insert(new Person
        {
            Phone = "13900000002",
            Worker = new WorkerProfile { Skills = ["porter"], Home = Geo.Offset(Geo.Fancheng, 0, 300) },
        });

        m.Pump.Handle(new PersonChanged(id, NewWorker: true) { FromOtherNode = true });

        Assert.True(m.Indexes.Workers.Contains(id));
        Assert.Empty(m.Db.Pushes.OfJob(job.Id));
    }

    [Fact]
    public void A_worker_who_opted_out_on_another_node_leaves_the_index()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Fancheng, ["porter"]);
        m.Db.People.Update(m.Db.People.Find(worker.Id)! with { OptedOut = true });

        m.Pump.Handle(new PersonChanged(worker.Id, false) { FromOtherNode = true });

        Assert.False(m.Indexes.Workers.Contains(worker.Id));
    }

    [Fact]
    public async Task The_running_pump_follows_committed_events_and_pushes_a_published_post()
    {
        using var m = new TestMarket();
        var near = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 900), ["porter"]);
        var far = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 3000), ["porter"]);
        var employer = m.AddEmployer();
        var pump = (IHostedService)m.Pump;
        await pump.StartAsync(CancellationToken.None);
        try
        {
            var jobId = m.Db.InTransaction(() =>
            {
                var id = m.Db.Jobs.Insert(new JobPost
                {
                    EmployerId = employer.Id,
                    Skills = ["porter"],
                    Point = Geo.Fancheng,
                    WorkDate = m.Today,
                    Status = JobStatus.Published,
                    PublishedAt = m.Db.UtcNow,
                });
                m.Db.Raise(new JobChanged(id, Published: true));
                return id;
            });

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!m.Db.Pushes.OfJob(jobId).Any() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            var push = Assert.Single(m.Db.Pushes.OfJob(jobId));
            Assert.Equal(near.Id, push.WorkerId);
            Assert.Equal(PushState.Queued, push.State);
            Assert.NotEqual(far.Id, push.WorkerId);
            Assert.Equal(1, m.Indexes.Jobs.Count);
        }
        finally
        {
            await pump.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Posts_published_while_the_matcher_was_down_get_their_first_wave_at_start()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 400), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.Indexes.Workers.Remove(worker.Id);
        m.Indexes.Jobs.Remove(job.Id);
        var pump = (IHostedService)m.Pump;

        await pump.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!m.Db.Pushes.OfJob(job.Id).Any() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.True(m.Indexes.Workers.Contains(worker.Id));
            Assert.Equal(worker.Id, Assert.Single(m.Db.Pushes.OfJob(job.Id)).WorkerId);
        }
        finally
        {
            await pump.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A published post in the store that this node's index has not seen yet (as when another node published it).</summary>
    private static JobPost PublishedUnseen(TestMarket m)
    {
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.Indexes.Jobs.Remove(job.Id);
        Assert.Empty(m.Indexes.Jobs.All());
        return job;
    }
}
