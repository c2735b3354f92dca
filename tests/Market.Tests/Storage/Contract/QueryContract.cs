using ZeroWork.Market.Consultations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Tests.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>The named queries: which rows, in which order, how many.</summary>
public abstract class QueryContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTime At = PgRecords.At;

    [Fact]
    public void Inbound_latest_from_an_address_is_the_last_n_oldest_first()
    {
        for (var i = 1; i <= 4; i++)
        {
            Db.Inbound.Insert(PgRecords.Inbound($"sms:{i}") with { Text = $"第{i}条" });
        }

        Db.Inbound.Insert(PgRecords.Inbound("sms:other") with { From = "13900000009" });

        Assert.Equal(["第3条", "第4条"], Db.Inbound.LatestFrom("13800000001", 2).Select(m => m.Text));
        Assert.Equal(4, Db.Inbound.LatestFrom("13800000001", 10).Count);
        Assert.Empty(Db.Inbound.LatestFrom("13700000000", 3));
        Assert.Equal(5, Db.Inbound.Count());
        Assert.Equal(5, Db.Inbound.All().Count());
    }

    [Fact]
    public void Outbox_queues_are_oldest_first_limited_and_leave_pushes_out_when_urgent()
    {
        var push = Db.Outbox.Insert(PgRecords.Message("m1", purpose: "push"));
        var reply = Db.Outbox.Insert(PgRecords.Message("m2"));
        var reply2 = Db.Outbox.Insert(PgRecords.Message("m3"));
        Db.Outbox.Insert(PgRecords.Message("m4", OutboxState.Sent));
        var heldLate = Db.Outbox.Insert(PgRecords.Message("h1", OutboxState.Deferred, notBefore: At.AddMinutes(20)));
        var heldEarly = Db.Outbox.Insert(PgRecords.Message("h2", OutboxState.Deferred, notBefore: At.AddMinutes(5)));
        Db.Outbox.Insert(PgRecords.Message("h3", OutboxState.Deferred, purpose: "push", notBefore: At.AddMinutes(1)));
        Db.Outbox.Insert(PgRecords.Message("h4", OutboxState.Deferred, notBefore: At.AddHours(9)));

        Assert.Equal([push, reply], Db.Outbox.Pending(2, urgentOnly: false).Select(m => m.Id));
        Assert.Equal([reply, reply2], Db.Outbox.Pending(5, urgentOnly: true).Select(m => m.Id));
        Assert.Equal([heldEarly, heldLate], Db.Outbox.Due(At.AddMinutes(30), 5, urgentOnly: true).Select(m => m.Id));
        Assert.Equal(3, Db.Outbox.Due(At.AddMinutes(30), 5, urgentOnly: false).Count);
        Assert.Single(Db.Outbox.Due(At.AddMinutes(30), 1, urgentOnly: false));
        Assert.Empty(Db.Outbox.Due(At, 5, urgentOnly: false));
        Assert.Equal(3, Db.Outbox.CountInState(OutboxState.Pending));
        Assert.Equal(4, Db.Outbox.InState(OutboxState.Deferred).Count());
        Assert.Equal(Db.Outbox.All().Select(m => m.Id).Order(), Db.Outbox.ToAddress("13800000001").Select(m => m.Id));
        Assert.Empty(Db.Outbox.ToAddress("1380000000"));
    }

    [Fact]
    public void People_queries_pick_workers_and_registrations_in_a_half_open_range_by_time()
    {
        var late = Db.People.Insert(PgRecords.Worker("13800000001") with { CreatedAt = At.AddHours(2) });
        var early = Db.People.Insert(PgRecords.Worker("13800000002") with { CreatedAt = At });
        Db.People.Insert(new Person { Name = "李老板", Phone = "13800000003", OpenId = "wx-3", Employer = new EmployerProfile(), CreatedAt = At.AddHours(3) });

        Assert.Equal([early, late], Db.People.RegisteredBetween(At, At.AddHours(3)).Select(p => p.Id));
        Assert.Equal([late], Db.People.RegisteredBetween(At.AddMilliseconds(1), At.AddHours(2).AddMilliseconds(1)).Select(p => p.Id));
        Assert.Equal(2, Db.People.Workers().Count());
        Assert.Equal(2, Db.People.CountWorkers());
        Assert.Equal(1, Db.People.CountEmployers());
        Assert.Equal(3, Db.People.Count());
        Assert.Equal("李老板", Db.People.ByOpenId("wx-3")!.Name);
    }

    [Fact]
    public void Job_queries_by_status_employer_date_time_and_description()
    {
        var first = Db.Jobs.Insert(PgRecords.Job(1) with { CreatedAt = At });
        var second = Db.Jobs.Insert(PgRecords.Job(1) with { CreatedAt = At.AddHours(1), Status = JobStatus.Filled });
        var other = Db.Jobs.Insert(PgRecords.Job(2) with { CreatedAt = At.AddHours(2), WorkDate = "2026-12-05", Description = "别的活" });

        Assert.Equal([second, first], Db.Jobs.OfEmployer(1).Select(j => j.Id));
        Assert.Equal([first, second], Db.Jobs.CreatedBetween(At, At.AddHours(2)).Select(j => j.Id));
        Assert.Equal([first, other], Db.Jobs.WithStatus(JobStatus.Published).Select(j => j.Id).Order());
        Assert.Equal([other], Db.Jobs.OnDate("2026-12-05").Select(j => j.Id));
        Assert.Equal(1, Db.Jobs.CountSameDescription(PgRecords.Job(1).Description!, first, At));
        Assert.Equal(0, Db.Jobs.CountSameDescription(PgRecords.Job(1).Description!, first, At.AddMinutes(61)));
        var counts = Db.Jobs.CountByStatus();
        Assert.Equal(Enum.GetValues<JobStatus>().Length, counts.Count);
        Assert.Equal(2, counts[JobStatus.Published]);
        Assert.Equal(1, counts[JobStatus.Filled]);
        Assert.Equal(3, Db.Jobs.Count());
    }

    [Fact]
    public void Push_queries_by_job_worker_wave_and_time()
    {
        Db.Pushes.Insert(PgRecords.Push(1, 7) with { State = PushState.Queued, Wave = 1, CreatedAt = At });
        Db.Pushes.Insert(PgRecords.Push(1, 8) with { State = PushState.Accepted, Wave = 1, CreatedAt = At.AddMinutes(1), AnsweredAt = At.AddMinutes(4) });
        Db.Pushes.Insert(PgRecords.Push(2, 7) with { State = PushState.Queued, Wave = 2, CreatedAt = At.AddHours(1) });

        Assert.Equal(2, Db.Pushes.OfJob(1).Count());
        Assert.Equal(8, Assert.Single(Db.Pushes.OfJob(1, PushState.Accepted)).WorkerId);
        Assert.True(Db.Pushes.AnyInWave(1, 1));
        Assert.False(Db.Pushes.AnyInWave(1, 2));
        Assert.Equal([1, 2], Db.Pushes.OfWorker(7, PushState.Queued).Select(p => p.JobId).Order());
        Assert.Equal(2, Db.Pushes.CountForWorkerSince(7, At));
        Assert.Equal(1, Db.Pushes.CountForWorkerSince(7, At.AddMilliseconds(1)));
        Assert.Equal(2, Db.Pushes.CreatedBetween(At, At.AddHours(1)).Count());
        Assert.Single(Db.Pushes.AcceptedBetween(At.AddMinutes(4), At.AddMinutes(5)));
        Assert.Empty(Db.Pushes.AcceptedBetween(At, At.AddMinutes(4)));
        Assert.Equal(3, Db.Pushes.Count());
        Assert.Equal(3, Db.Pushes.All().Count());
    }

    [Fact]
    public void Audit_about_a_subject_is_by_time_and_between_runs_either_way()
    {
        Db.Audit.Insert(PgRecords.Audit("person:1", At.AddMinutes(2)));
        Db.Audit.Insert(PgRecords.Audit("person:1", At));
        Db.Audit.Insert(PgRecords.Audit("person:2", At.AddMinutes(1)));

        Assert.Equal([At, At.AddMinutes(2)], Db.Audit.About("person:1").Select(a => a.At));
        Assert.Equal([At, At.AddMinutes(1)], Db.Audit.Between(At, At.AddMinutes(2), oldestFirst: true).Select(a => a.At));
        Assert.Equal([At.AddMinutes(2), At.AddMinutes(1), At], Db.Audit.Between(At, At.AddHours(1), oldestFirst: false).Select(a => a.At));
        Assert.Equal(3, Db.Audit.Count());
    }

    [Fact]
    public void Consultations_stations_receipts_and_assessments_filter_as_named()
    {
        var open = Db.Consultations.Insert(PgRecords.Consultation(1));
        Db.Consultations.Insert(PgRecords.Consultation(1) with { State = ConsultationState.Closed, CreatedAt = At.AddDays(1) });
        Db.Consultations.Insert(PgRecords.Consultation(2));
        Assert.Equal([open], Db.Consultations.Unclosed().Where(c => c.PersonId == 1).Select(c => c.Id));
        Assert.Equal(2, Db.Consultations.OfPerson(1).Count());
        Assert.Equal(2, Db.Consultations.OpenedBetween(At, At.AddHours(1)).Count());
        Assert.Equal(3, Db.Consultations.Count());

        Db.Stations.InsertMany([
            PgRecords.Station("a"),
            PgRecords.Station("b") with { State = StationState.Rectifying },
            PgRecords.Station("c") with { State = StationState.Revoked },
        ]);
        Assert.Equal(["a", "b"], Db.Stations.Serving().Select(s => s.Id).Order());
        Assert.Equal(3, Db.Stations.All().Count);

        Db.SmsReceipts.Insert(PgRecords.Receipt("r1"));
        Db.SmsReceipts.Insert(PgRecords.Receipt("r2") with { OutboxId = 5 });
        Db.SmsReceipts.Insert(PgRecords.Receipt("r3") with { ReceivedAt = At.AddHours(-1) });
        Assert.Equal(["r1"], Db.SmsReceipts.Unmatched(At).Select(r => r.Key));
        Assert.Equal(3, Db.SmsReceipts.Count());

        Db.Assessments.Save(PgRecords.Assessment("a:2025", 2025));
        Db.Assessments.Save(PgRecords.Assessment("a:2026", 2026));
        Assert.Equal("a:2025", Assert.Single(Db.Assessments.OfYear(2025)).Id);
    }
}
