using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Planning;

/// <summary>The admin site's simulator users (sandbox numbers and openids) register like anyone, but never hear of, nor take, a real post.</summary>
public sealed class SandboxIsolationTests
{
    [Fact]
    public void Sandbox_workers_are_never_planned_pushed_or_pulled_for_a_real_post()
    {
        using var m = new TestMarket();
        var sms = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 50), ["bricklayer"], p => p with { Phone = Sandbox.SmsPrefix + "00010001" });
        var wechat = m.AddWorker(Geo.Offset(Geo.Fancheng, 90, 60), ["bricklayer"], p => p with { Phone = null, OpenId = Sandbox.OpenIdPrefix + "1_2", PreferredChannel = Market.People.Channel.WeChat, LastWeChatAt = m.Db.UtcNow });
        var real = m.AddWorker(Geo.Offset(Geo.Fancheng, 180, 400), ["bricklayer"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["bricklayer"], j => j with { Headcount = 3 });

        m.Planner.PlanWave(job.Id, 1);

        Assert.Equal([real.Id], m.Db.Pushes.OfJob(job.Id).Select(p => p.WorkerId));
        Assert.Equal(PushOutcome.NotAWorker, m.Planner.TryPush(job.Id, sms.Id, 50, 1));
        Assert.Equal(PushOutcome.NotAWorker, m.Planner.TryPush(job.Id, wechat.Id, 60, 1));
        Assert.Equal(0, m.Planner.Pull(sms.Id));
        Assert.Equal(0, m.Planner.Pull(wechat.Id));
        Assert.DoesNotContain(m.Db.Outbox.All(), o => Sandbox.IsAddress(o.Address));
    }

    [Fact]
    public void A_sandbox_worker_cannot_take_a_real_post_and_the_employer_hears_nothing()
    {
        using var m = new TestMarket();
        var sandbox = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 50), ["porter"], p => p with { Phone = Sandbox.SmsPrefix + "00010003" });
        var employer = m.AddEmployer();
        var job = m.AddJob(employer.Id, Geo.Fancheng, ["porter"]);

        var result = m.TakeUp.Accept(sandbox.Id, job.Id);

        Assert.Equal(TakeUpOutcome.NotAllowed, result.Outcome);
        Assert.Empty(m.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.DoesNotContain(m.Db.Outbox.All(), o => o.PersonId == employer.Id);
    }
}
