using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Tests.Support;
using ZeroWork.Matcher.TakeUp;

namespace ZeroWork.Matcher.Tests.TakeUp;

public sealed class TakeUpTests
{
    [Fact]
    public void A_worker_who_posted_a_job_is_never_pushed_it_and_cannot_take_it()
    {
        // #16 finding 1: a worker's questions once published a post under his name, and his next "1" accepted his own post.
        using var m = new TestMarket();
        var foreman = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 200), ["porter"], p => p with { Employer = new Market.People.EmployerProfile { UnitName = "王", RegisteredAt = m.Db.UtcNow } });
        var other = m.AddWorker(Geo.Offset(Geo.Fancheng, 200, 0), ["porter"]);
        var job = m.AddJob(foreman.Id, Geo.Fancheng, ["porter"], j => j with { Headcount = 1 });

        m.Planner.PlanWave(job.Id, 1);
        var own = m.TakeUp.Accept(foreman.Id, job.Id);

        Assert.Equal([other.Id], m.Db.Pushes.OfJob(job.Id).Select(p => p.WorkerId));
        Assert.Equal(TakeUpOutcome.NotAllowed, own.Outcome);
        Assert.Contains("自己发布", own.Reply, StringComparison.Ordinal);
        Assert.Empty(m.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.Equal(0, m.Planner.Pull(foreman.Id));
    }

    [Fact]
    public void The_first_headcount_acceptances_win_and_later_ones_hear_it_is_full()
    {
        using var m = new TestMarket();
        var workers = Enumerable.Range(1, 3).Select(i => m.AddWorker(Geo.Offset(Geo.Fancheng, i * 90, i * 100), ["porter"])).ToList();
        var employer = m.AddEmployer("13800001111");
        var job = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { Headcount = 2, ContactName = null, ContactPhone = null });
        m.Planner.PlanWave(job.Id, 1);

        var first = m.TakeUp.Accept(workers[0].Id, job.Id);
        var second = m.TakeUp.Accept(workers[1].Id, job.Id);
        var third = m.TakeUp.Accept(workers[2].Id, job.Id);

        Assert.Equal(TakeUpOutcome.Taken, first.Outcome);
        Assert.Equal(TakeUpOutcome.Taken, second.Outcome);
        Assert.Equal(TakeUpOutcome.Full, third.Outcome);
        Assert.Contains("已招满", third.Reply, StringComparison.Ordinal);
        Assert.Contains("很抱歉", third.Reply, StringComparison.Ordinal);

        var stored = m.Db.Jobs.Find(job.Id)!;
        Assert.Equal(JobStatus.Filled, stored.Status);
        Assert.Equal([workers[0].Id, workers[1].Id], stored.TakerIds);
        Assert.Equal(PushState.Accepted, PushOf(m, job.Id, workers[0].Id).State);
        Assert.Equal(PushState.TooLate, PushOf(m, job.Id, workers[2].Id).State);
        Assert.Equal(1, m.Db.People.Find(workers[0].Id)!.Worker!.JobsTaken);
        Assert.Equal(0, m.Db.People.Find(workers[2].Id)!.Worker!.JobsTaken);
    }

    [Fact]
    public void The_employer_gets_the_takers_name_and_full_phone_audited_and_the_taker_gets_the_employers_contact_and_map_link()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"], p => p with { Name = "张建国" });
        var employer = m.AddEmployer("13800001111");
        var job = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { ContactName = "李经理", ContactPhone = "13800002222" });

        var result = m.TakeUp.Accept(worker.Id, job.Id);

        Assert.Equal(TakeUpOutcome.Taken, result.Outcome);
        Assert.Contains("李经理", result.Reply, StringComparison.Ordinal);
        Assert.Contains("13800002222", result.Reply, StringComparison.Ordinal);
        Assert.Contains($"/go/{job.Id}", result.Reply, StringComparison.Ordinal);
        Assert.StartsWith("接单成功", result.Reply, StringComparison.Ordinal);

        var told = Assert.Single(m.Db.Outbox.All(), o => o.Purpose == "handover" && o.Template == "TakerFound");
        Assert.Equal("13800001111", told.Address);
        Assert.Equal(employer.Id, told.PersonId);
        Assert.Contains("张建国", told.Text, StringComparison.Ordinal);
        Assert.Contains(worker.Phone!, told.Text, StringComparison.Ordinal);
        Assert.Contains($"编号{job.Id}", told.Text, StringComparison.Ordinal);
        Assert.Single(m.Db.Outbox.All(), o => o.Template == "PostFilled");

        var audit = Assert.Single(m.Db.Audit.About($"job:{job.Id}"), a => a.Action == "contact.handover");
        Assert.Equal("system", audit.Actor);
        Assert.Equal($"job:{job.Id}", audit.Subject);
        Assert.DoesNotContain(worker.Phone!, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_twice_is_not_a_second_place_and_repeats_the_contact()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"], j => j with { Headcount = 2 });

        m.TakeUp.Accept(worker.Id, job.Id);
        var again = m.TakeUp.Accept(worker.Id, job.Id);

        Assert.Equal(TakeUpOutcome.AlreadyTaken, again.Outcome);
        Assert.Single(m.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.Single(m.Db.Outbox.All(), o => o.Purpose == "handover" && o.Template == "TakerFound");
    }

    [Fact]
    public void A_filled_post_gets_no_more_pushes_and_held_pushes_are_cancelled()
    {
        using var m = new TestMarket(new DateTimeOffset(2026, 11, 26, 22, 0, 0, TimeSpan.FromHours(8)));
        var taker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"], p => p with { OpenId = "o-1", LastWeChatAt = m.Db.UtcNow });
        var held = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 200), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.Planner.PlanWave(job.Id, 1);
        var heldMessage = m.Db.Outbox.All().First(o => o.PersonId == held.Id);
        Assert.Equal(OutboxState.Deferred, heldMessage.State);

        m.TakeUp.Accept(taker.Id, job.Id);
        var late = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);

        Assert.Equal(PushOutcome.JobNotOpen, m.Planner.TryPush(job.Id, late.Id, 300, 2));
        m.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, m.SecondWaves.RunDue());
        Assert.Equal(OutboxState.Failed, m.Db.Outbox.Find(heldMessage.Id)!.State);
        Assert.Equal(PushState.Expired, PushOf(m, job.Id, held.Id).State);
    }

    [Fact]
    public void The_employer_can_close_their_latest_open_post_early_and_no_one_else_can()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var other = m.AddEmployer("13800009999");
        var older = m.AddJob(employer.Id, Geo.Fancheng, ["porter"]);
        m.Time.Advance(TimeSpan.FromMinutes(5));
        var latest = m.AddJob(employer.Id, Geo.Fancheng, ["cleaner"]);

        Assert.Equal(TakeUpOutcome.NotAllowed, m.TakeUp.Close(other.Id, latest.Id).Outcome);
        var closed = m.TakeUp.Close(employer.Id, null);

        Assert.Equal(TakeUpOutcome.Closed, closed.Outcome);
        Assert.Equal(latest.Id, closed.Job!.Id);
        Assert.Equal(JobStatus.Closed, m.Db.Jobs.Find(latest.Id)!.Status);
        Assert.Equal(JobStatus.Published, m.Db.Jobs.Find(older.Id)!.Status);
        Assert.Contains("已关闭", closed.Reply, StringComparison.Ordinal);

        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["cleaner"]);
        Assert.Equal(TakeUpOutcome.Closed, m.TakeUp.Accept(worker.Id, latest.Id).Outcome);
        Assert.Equal(older.Id, m.TakeUp.Close(employer.Id, null).Job!.Id);
        Assert.Equal(TakeUpOutcome.NotFound, m.TakeUp.Close(employer.Id, null).Outcome);
    }

    [Fact]
    public void Declining_marks_the_push()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.Planner.PlanWave(job.Id, 1);

        var result = m.TakeUp.Decline(worker.Id, job.Id);

        Assert.Equal(TakeUpOutcome.Declined, result.Outcome);
        Assert.Equal(PushState.Declined, PushOf(m, job.Id, worker.Id).State);
        Assert.Equal(TakeUpOutcome.NotFound, m.TakeUp.Accept(worker.Id, 9999).Outcome);
    }

    [Fact]
    public void Take_up_joins_the_callers_transaction()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 100), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);

        Assert.Throws<InvalidOperationException>(() => m.Db.InTransaction<TakeUpOutcome>(() =>
        {
            m.TakeUp.Accept(worker.Id, job.Id);
            throw new InvalidOperationException("the inbound message could not be stored");
        }));

        Assert.Empty(m.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.Empty(m.Db.Outbox.All());
        Assert.Equal(0, m.Db.Audit.Count());
    }

    [Fact]
    public void Posts_expire_after_their_day_has_passed_China_time()
    {
        using var m = new TestMarket(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.FromHours(8)));
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"], j => j with { WorkDate = "2026-11-26" });
        var later = m.AddJob(m.AddEmployer("13800003333").Id, Geo.Fancheng, ["porter"], j => j with { WorkDate = "2026-11-27" });

        Assert.Equal(0, m.Expiry.ExpireDue());
        m.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, m.Expiry.ExpireDue());

        Assert.Equal(JobStatus.Expired, m.Db.Jobs.Find(job.Id)!.Status);
        Assert.Equal(JobStatus.Published, m.Db.Jobs.Find(later.Id)!.Status);
    }

    [Fact]
    public void Acceptances_racing_in_their_own_transactions_fill_a_one_person_post_once()
    {
        using var m = new TestMarket();
        var workers = Enumerable.Range(1, 4).Select(i => m.AddWorker(Geo.Offset(Geo.Fancheng, i * 90, 100), ["porter"])).ToList();
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        using var bothRead = new Barrier(workers.Count);

        var outcomes = workers.AsParallel().WithDegreeOfParallelism(workers.Count).Select(w => m.Db.InTransaction(() =>
        {
            // Each caller has already looked at the post in its transaction (as the conversation layer does) before accepting.
            _ = m.Db.Jobs.Find(job.Id)!;
            bothRead.SignalAndWait(TimeSpan.FromSeconds(10));
            return m.TakeUp.Accept(w.Id, job.Id).Outcome;
        })).ToList();

        Assert.Equal(1, outcomes.Count(o => o == TakeUpOutcome.Taken));
        Assert.Equal(workers.Count - 1, outcomes.Count(o => o == TakeUpOutcome.Full));
        Assert.Single(m.Db.Jobs.Find(job.Id)!.TakerIds);
    }

    [Fact]
    public void A_taker_who_withdraws_reopens_the_full_post_and_the_employer_hears_which_post()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"], p => p with { Name = "刘" });
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.TakeUp.Accept(worker.Id, job.Id);
        Assert.Equal(JobStatus.Filled, m.Db.Jobs.Find(job.Id)!.Status);

        var result = m.TakeUp.Withdraw(worker.Id, job.Id);

        Assert.Equal(TakeUpOutcome.Withdrawn, result.Outcome);
        var reopened = m.Db.Jobs.Find(job.Id)!;
        Assert.Equal(JobStatus.Published, reopened.Status);
        Assert.Empty(reopened.TakerIds);
        Assert.Null(reopened.ClosedAt);
        Assert.Equal(PushState.Withdrawn, PushOf(m, job.Id, worker.Id).State);
        var told = Assert.Single(m.Db.Outbox.All(), o => o.Template == "TakerWithdrew");
        Assert.Contains("刘师傅", told.Text, StringComparison.Ordinal);
        Assert.Contains($"编号{job.Id}", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawing_a_job_not_taken_changes_nothing()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);

        Assert.Equal(TakeUpOutcome.NotFound, m.TakeUp.Withdraw(worker.Id, job.Id).Outcome);
        Assert.Empty(m.Db.Outbox.All());
    }

    [Fact]
    public void A_second_job_the_same_day_is_refused_and_another_day_is_fine()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);
        var employer = m.AddEmployer();
        var morning = m.AddJob(employer.Id, Geo.Fancheng, ["porter"]);
        var afternoon = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { StartTime = "14:00" });
        var tomorrow = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { WorkDate = "2026-11-27" });

        Assert.Equal(TakeUpOutcome.Taken, m.TakeUp.Accept(worker.Id, morning.Id).Outcome);
        var clash = m.TakeUp.Accept(worker.Id, afternoon.Id);

        Assert.Equal(TakeUpOutcome.Clash, clash.Outcome);
        Assert.Contains($"编号{morning.Id}", clash.Reply, StringComparison.Ordinal);
        Assert.Empty(m.Db.Jobs.Find(afternoon.Id)!.TakerIds);
        Assert.Equal(TakeUpOutcome.Taken, m.TakeUp.Accept(worker.Id, tomorrow.Id).Outcome);
    }

    [Fact]
    public void The_taken_reply_names_place_and_pay_and_calls_a_nameless_employer_guzhu()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);
        var employer = m.AddEmployer();
        m.Db.People.Update(employer with { Name = null, Employer = employer.Employer! with { ContactName = null, UnitName = null } });
        var job = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { EmployerName = null, ContactPhone = "13800002222" });

        var reply = m.TakeUp.Accept(worker.Id, job.Id).Reply;

        Assert.Contains("七里河", reply, StringComparison.Ordinal);
        Assert.Contains("日薪200", reply, StringComparison.Ordinal);
        Assert.Contains("雇主电话13800002222", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("联系人雇主", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Takers_are_asked_about_pay_once_the_day_after_from_nine()
    {
        using var m = new TestMarket();
        var worker = m.AddWorker(Geo.Offset(Geo.Fancheng, 0, 300), ["porter"]);
        var job = m.AddJob(m.AddEmployer().Id, Geo.Fancheng, ["porter"]);
        m.TakeUp.Accept(worker.Id, job.Id);
        var checks = new PaidChecks(m.Db);

        Assert.Equal(0, checks.AskDue());
        m.Time.Advance(TimeSpan.FromHours(22)); // 08:00 the next day
        Assert.Equal(0, checks.AskDue());
        m.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, checks.AskDue());
        Assert.Equal(0, checks.AskDue());

        var asked = Assert.Single(m.Db.Outbox.All(), o => o.Template == "PaidCheck");
        Assert.Equal("11月26日的活，工钱结了吗？回1结了 回2没结", asked.Text);
        Assert.NotNull(PushOf(m, job.Id, worker.Id).PaidAskedAt);
    }

    private static Push PushOf(TestMarket m, int jobId, int workerId) => m.Db.Pushes.ByKey(Push.KeyOf(jobId, workerId))!;
}
