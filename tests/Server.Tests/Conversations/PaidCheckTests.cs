using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Consultations;
using ZeroWork.Matcher.TakeUp;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 "were you paid?": the day after the work each taker is asked; 2 opens a rights consultation about that post and employer at the post's station; staff see the count on the employer.</summary>
public sealed class PaidCheckTests
{
    private static (Scene Scene, Chat Worker, Market.Jobs.JobPost Job) Worked(string phone)
    {
        var scene = new Scene();
        var worker = scene.Worker(phone);
        var job = scene.Post();
        scene.PushedTo(job, phone);
        worker.Say("1");
        return (scene, worker, job);
    }

    private static int AskDue(Scene scene) => scene.Factory.Services.GetRequiredService<PaidChecks>().AskDue();

    [Fact]
    public void The_day_after_the_taker_is_asked_and_2_opens_a_prefilled_complaint_at_the_posts_station()
    {
        var (scene, worker, job) = Worked("13900900001");
        using var _ = scene;
        scene.Factory.Time.Advance(TimeSpan.FromDays(2)); // 11-28 09:00, the day after the 11-27 job

        Assert.Equal(1, AskDue(scene));
        var ask = scene.OutboxTo("13900900001")[^1];
        Assert.Equal("11月27日的活，工钱结了吗？回1结了 回2没结", ask.Text);

        var reply = worker.Say("2");

        Assert.Contains("已收到", reply);
        var consultation = Assert.Single(scene.Db.Consultations.FindAll());
        Assert.Equal(ConsultationKind.LabourRights, consultation.Kind);
        Assert.Equal(job.Collector.StationId, consultation.StationId);
        Assert.Contains($"编号{job.Id}", consultation.Thread[0].Text);
        Assert.Contains(Scene.BossPhone, consultation.Thread[0].Text);
        Assert.Equal(1, scene.Db.People.FindOne(p => p.OpenId == Scene.BossOpenId).Employer!.UnpaidReports);
        Assert.False(scene.PushedTo(job, "13900900001").Paid);
    }

    [Fact]
    public void A_1_records_paid_and_opens_nothing()
    {
        var (scene, worker, job) = Worked("13900900002");
        using var _ = scene;
        scene.Factory.Time.Advance(TimeSpan.FromDays(2));
        AskDue(scene);

        Assert.Contains("结了就好", worker.Say("结了"));

        Assert.Empty(scene.Db.Consultations.FindAll());
        Assert.True(scene.PushedTo(job, "13900900002").Paid);
    }

    [Fact]
    public void Nobody_is_asked_on_the_day_of_the_work_or_twice()
    {
        var (scene, _, _) = Worked("13900900003");
        using var __ = scene;
        scene.Factory.Time.Advance(TimeSpan.FromDays(1)); // 11-27, the day of the job

        Assert.Equal(0, AskDue(scene));
        scene.Factory.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, AskDue(scene));
        Assert.Equal(0, AskDue(scene));
    }

    [Fact]
    public void Only_the_employer_record_carries_the_count_never_a_message_to_a_worker()
    {
        var (scene, worker, _) = Worked("13900900004");
        using var _ = scene;
        scene.Factory.Time.Advance(TimeSpan.FromDays(2));
        AskDue(scene);
        worker.Say("没结 老板说下个月");

        Assert.DoesNotContain(scene.Db.Outbox.FindAll(), m => m.Text.Contains("没结", StringComparison.Ordinal) && m.Address != "13900900004");
        Assert.Contains("下个月", Assert.Single(scene.Db.Consultations.FindAll()).Thread[^1].Text);
    }
}
