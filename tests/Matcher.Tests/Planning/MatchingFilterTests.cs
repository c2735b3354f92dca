using ZeroWork.Market.Messaging;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Planning;

public sealed class MatchingFilterTests
{
    [Fact]
    public void Exact_and_close_skills_are_pushed_unrelated_and_far_ones_are_not()
    {
        using var m = new TestMarket();
        var exact = m.AddWorker(Geo.Offset(Geo.Fancheng, 10, 600), ["bricklayer"]);
        var close = m.AddWorker(Geo.Offset(Geo.Fancheng, 200, 300), ["construction_helper"]);
        var unrelated = m.AddWorker(Geo.Offset(Geo.Fancheng, 100, 100), ["cook"]);
        var far = m.AddWorker(Geo.Offset(Geo.Fancheng, 45, 3000), ["bricklayer"]);
        var employer = m.AddEmployer();
        var job = m.AddJob(employer.Id, Geo.Fancheng, ["bricklayer"], j => j with { Headcount = 2 });

        var written = m.Planner.PlanWave(job.Id, 1);

        Assert.Equal(2, written);
        Assert.Equal(new[] { exact.Id, close.Id }.Order(), PushedIds(m, job.Id).Order());
        Assert.DoesNotContain(unrelated.Id, PushedIds(m, job.Id));
        Assert.DoesNotContain(far.Id, PushedIds(m, job.Id));
    }

    [Fact]
    public void Free_dates_pay_and_opt_out_filter_workers()
    {
        using var m = new TestMarket();
        var tomorrow = DateOnly.Parse(m.Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var anyDay = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        var freeToday = m.AddWorker(Geo.Offset(Geo.Fancheng, 90, 200), ["porter"], p => p with { Worker = p.Worker! with { FreeDates = [m.Today] } });
        var freeTomorrowOnly = m.AddWorker(Geo.Offset(Geo.Fancheng, 180, 300), ["porter"], p => p with { Worker = p.Worker! with { FreeDates = [tomorrow] } });
        var tooDear = m.AddWorker(Geo.Offset(Geo.Fancheng, 270, 400), ["porter"], p => p with { Worker = p.Worker! with { PayWanted = 250, PayUnit = "day" } });
        var cheapEnough = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 500), ["porter"], p => p with { Worker = p.Worker! with { PayWanted = 200, PayUnit = "day" } });
        var otherUnit = m.AddWorker(Geo.Offset(Geo.Fancheng, 90, 600), ["porter"], p => p with { Worker = p.Worker! with { PayWanted = 30, PayUnit = "hour" } });
        var optedOut = m.AddWorker(Geo.Offset(Geo.Fancheng, 180, 50), ["porter"], p => p with { OptedOut = true });
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"], j => j with { Headcount = 5 });

        m.Planner.PlanWave(job.Id, 1);

        var pushed = PushedIds(m, job.Id);
        Assert.Equal(new[] { anyDay.Id, freeToday.Id, cheapEnough.Id, otherUnit.Id }.Order(), pushed.Order());
        Assert.DoesNotContain(freeTomorrowOnly.Id, pushed);
        Assert.DoesNotContain(tooDear.Id, pushed);
        Assert.DoesNotContain(optedOut.Id, pushed);
        Assert.Equal(PushOutcome.NotAWorker, m.Planner.TryPush(job.Id, optedOut.Id, 50, 1));
    }

    [Fact]
    public void A_worker_is_pushed_a_job_once_ever_and_a_wave_runs_once()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["cleaner"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["housekeeper"]);

        Assert.Equal(1, m.Planner.PlanWave(job.Id, 1));
        Assert.Equal(0, m.Planner.PlanWave(job.Id, 1));
        Assert.Equal(PushOutcome.AlreadyPushed, m.Planner.TryPush(job.Id, worker.Id, 100, 2));
        Assert.Equal(1, m.Db.Pushes.All().Count(p => p.WorkerId == worker.Id));
        var key = $"push:{job.Id}:{worker.Id}";
        Assert.Equal(1, m.Db.Outbox.All().Count(o => o.IdempotencyKey == key));
    }

    [Fact]
    public void The_daily_cap_stops_the_fourth_push_of_a_China_day()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        var employer = m.AddEmployer();
        var jobs = Enumerable.Range(0, 4).Select(_ => m.AddJob(employer.Id, Geo.Fancheng, ["porter"])).ToList();

        var outcomes = jobs.Select(j => m.Planner.TryPush(j.Id, worker.Id, 100, 1)).ToList();

        Assert.Equal([PushOutcome.Written, PushOutcome.Written, PushOutcome.Written, PushOutcome.Capped], outcomes);

        // A new China-time day (midnight +08:00) opens the cap again.
        m.Time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 0, 1, 0, TimeSpan.FromHours(8)));
        Assert.Equal(PushOutcome.Written, m.Planner.TryPush(jobs[3].Id, worker.Id, 100, 1));
    }

    [Fact]
    public void Quiet_hours_defer_SMS_to_seven_in_the_morning_China_time_but_not_WeChat_custom_messages()
    {
        using var m = new TestMarket(new DateTimeOffset(2026, 11, 26, 22, 30, 0, TimeSpan.FromHours(8)));
        var sms = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        var wechat = m.AddWorker(Geo.Offset(Geo.Fancheng, 90, 100), ["porter"], p => p with { OpenId = "o-worker", LastWeChatAt = m.Db.UtcNow.AddHours(-1) });
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"], j => j with { Headcount = 2 });

        m.Planner.PlanWave(job.Id, 1);

        var smsMessage = m.Db.Outbox.All().First(o => o.PersonId == sms.Id);
        Assert.Equal(OutboxChannel.Sms, smsMessage.Channel);
        Assert.Equal(OutboxState.Deferred, smsMessage.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 7, 0, 0, TimeSpan.FromHours(8)).UtcDateTime, smsMessage.NotBefore!.Value.ToUniversalTime());
        var wechatMessage = m.Db.Outbox.All().First(o => o.PersonId == wechat.Id);
        Assert.Equal(OutboxChannel.WeChatCustom, wechatMessage.Channel);
        Assert.Equal(OutboxState.Pending, wechatMessage.State);
        Assert.Null(wechatMessage.NotBefore);
        Assert.Contains("uri.amap.com/marker?position=", wechatMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_hours_can_be_turned_off_and_do_not_apply_by_day()
    {
        using var night = new TestMarket(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.FromHours(8)), o => o.QuietHours.Enabled = false);
        var w = night.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        night.Planner.PlanWave(night.AddJob(night.AddEmployer().Id, Geo.Fancheng, ["porter"]).Id, 1);
        Assert.Equal(OutboxState.Pending, night.Db.Outbox.All().First(o => o.PersonId == w.Id).State);

        Assert.Null(QuietHours.EndIfQuiet(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.FromHours(8)).UtcDateTime, new QuietHoursOptions()));
        Assert.Equal(
            new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.FromHours(8)).UtcDateTime,
            QuietHours.EndIfQuiet(new DateTimeOffset(2026, 11, 26, 6, 59, 0, TimeSpan.FromHours(8)).UtcDateTime, new QuietHoursOptions()));
    }

    [Fact]
    public void First_wave_is_three_times_headcount_nearest_first_and_the_second_wave_takes_the_next()
    {
        using var m = new TestMarket();
        var workers = Enumerable.Range(1, 10).Select(i => m.AddWorker(Geo.Offset(Geo.Fancheng, i * 30, i * 100), ["porter"])).ToList();
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);

        Assert.Equal(3, m.Planner.PlanWave(job.Id, 1));
        Assert.Equal(workers.Take(3).Select(w => w.Id), PushedIds(m, job.Id).Order());
        Assert.Equal(0, m.SecondWaves.RunDue());

        m.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(3, m.SecondWaves.RunDue());
        Assert.Equal(workers.Skip(3).Take(3).Select(w => w.Id), m.Db.Pushes.All().Where(p => p.Wave == 2).Select(p => p.WorkerId).Order());
        Assert.Equal(0, m.SecondWaves.RunDue());
    }

    [Fact]
    public void The_second_wave_may_reach_wider_when_configured()
    {
        using var m = new TestMarket(configure: o => o.SecondWaveRadiusMeters = 4000);
        var near = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 500), ["porter"]);
        var wider = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 3000), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);

        m.Planner.PlanWave(job.Id, 1);
        Assert.Equal([near.Id], PushedIds(m, job.Id));
        m.Time.Advance(TimeSpan.FromMinutes(31));
        m.SecondWaves.RunDue();
        Assert.Equal([near.Id, wider.Id], PushedIds(m, job.Id).Order());
    }

    [Fact]
    public void Each_push_is_a_push_row_and_an_outbox_message_with_the_template_and_key()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 800), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);

        m.Planner.PlanWave(job.Id, 1);

        var push = Assert.Single(m.Db.Pushes.OfWorker(worker.Id, PushState.Queued));
        Assert.Equal($"{job.Id}:{worker.Id}", push.Key);
        Assert.InRange(push.DistanceMeters, 799, 801);
        var message = m.Db.Outbox.Find(push.OutboxId!.Value)!;
        Assert.Equal("JobPush", message.Template);
        Assert.Equal($"push:{job.Id}:{worker.Id}", message.IdempotencyKey);
        Assert.Equal(MessageTemplates.JobPush.Render(message.Variables, message.LinkPrefix), message.Text);
        Assert.Equal("http://localhost:5080/go/", message.LinkPrefix);
        Assert.Equal(job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Variables[^1]);
        Assert.Equal(worker.Phone, message.Address);
        Assert.Contains($"http://localhost:5080/go/{job.Id}", message.Text, StringComparison.Ordinal);
        Assert.Contains("800米", message.Text, StringComparison.Ordinal);
    }

    private static List<int> PushedIds(TestMarket m, int jobId) => [.. m.Db.Pushes.OfJob(jobId).Select(p => p.WorkerId)];
}
