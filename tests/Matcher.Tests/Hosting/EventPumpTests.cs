using Microsoft.Extensions.Hosting;
using ZeroWork.Market.Events;
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

        var pushed = m.AllPushes().Where(p => p.WorkerId == id).OrderBy(p => p.DistanceMeters).ToList();
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
                var id = m.Db.Jobs.Insert(new Market.Jobs.JobPost
                {
                    EmployerId = employer.Id,
                    Skills = ["porter"],
                    Point = Geo.Fancheng,
                    WorkDate = m.Today,
                    Status = Market.Jobs.JobStatus.Published,
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
}
