using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Tests.Postgres;
using ZeroWork.Market.Training;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>Every record comes back as it went in, an update replaces it, and a missing one is null.</summary>
public abstract class RecordContract(IStoreHarness harness) : StoreContract(harness)
{
    [Fact]
    public void People_round_trip_with_utc_times_decimals_lists_and_nested_profiles()
    {
        var worker = PgRecords.Worker("13800000001") with { ConsentAt = PgRecords.At.AddSeconds(7) };
        var id = Db.People.Insert(worker);

        var found = Db.People.Find(id);
        Same(worker with { Id = id }, found);
        Assert.Equal(DateTimeKind.Utc, found!.CreatedAt.Kind);
        Assert.Equal(DateTimeKind.Utc, found.Worker!.RegisteredAt.Kind);
        Assert.Equal(180.5m, found.Worker.PayWanted);
        Same(found, Db.People.ByPhone("13800000001"));

        Db.People.Update(found with { Name = "张明", Worker = found.Worker with { Skills = ["电工"], PayWanted = 200.75m } });
        var updated = Db.People.Find(id);
        Assert.Equal("张明", updated!.Name);
        Assert.Equal(["电工"], updated.Worker!.Skills);
        Assert.Equal(200.75m, updated.Worker.PayWanted);
        Assert.Equal(1, Db.People.Count());
    }

    [Fact]
    public void Jobs_outbox_pushes_and_inbound_round_trip()
    {
        var job = PgRecords.Job(1);
        var jobId = Db.Jobs.Insert(job);
        Same(job with { Id = jobId }, Db.Jobs.Find(jobId));
        Db.Jobs.Update(Db.Jobs.Find(jobId)! with { Status = JobStatus.Filled, TakerIds = [5, 9, 11] });
        Assert.Equal(JobStatus.Filled, Db.Jobs.Find(jobId)!.Status);
        Assert.Equal([5, 9, 11], Db.Jobs.Find(jobId)!.TakerIds);

        var message = PgRecords.Message("k1");
        var messageId = Db.Outbox.Insert(message);
        Same(message with { Id = messageId }, Db.Outbox.Find(messageId));
        Assert.Equal(0.045m, Db.Outbox.Find(messageId)!.Cost);
        Db.Outbox.Update(Db.Outbox.Find(messageId)! with { State = OutboxState.Sent, ProviderId = "p-1" });
        Assert.Equal(OutboxState.Sent, Db.Outbox.ByIdempotencyKey("k1")!.State);
        Assert.Equal(messageId, Assert.Single(Db.Outbox.ByProviderId("p-1")).Id);

        var push = PgRecords.Push(jobId, 7);
        var pushId = Db.Pushes.Insert(push);
        Same(push with { Id = pushId }, Db.Pushes.ByKey(push.Key));
        Assert.True(Db.Pushes.Exists(push.Key));
        Db.Pushes.Update(Db.Pushes.ByKey(push.Key)! with { State = PushState.Declined });
        Assert.Equal(PushState.Declined, Db.Pushes.ByKey(push.Key)!.State);

        var inbound = PgRecords.Inbound("sms:1");
        var inboundId = Db.Inbound.Insert(inbound);
        Same(inbound with { Id = inboundId }, Db.Inbound.ByDedupeKey("sms:1"));
    }

    [Fact]
    public void Conversations_assessments_and_stations_save_over_themselves()
    {
        var conversation = PgRecords.Conversation("wx:openid-1");
        Db.Conversations.Save(conversation);
        Same(conversation, Db.Conversations.Find(conversation.Id));
        Db.Conversations.Save(conversation with { Asking = "date", Slots = new() { ["skill"] = "小工", ["pay"] = "180" } });
        var saved = Db.Conversations.Find(conversation.Id);
        Assert.Equal("date", saved!.Asking);
        Assert.Equal("180", saved.Slots["pay"]);

        var assessment = PgRecords.Assessment("xc-01:2026", 2026);
        Db.Assessments.Save(assessment);
        Db.Assessments.Save(assessment with { Management = 70 });
        Assert.Equal(70, Db.Assessments.Find(assessment.Id)!.Management);
        Assert.Single(Db.Assessments.OfYear(2026));

        var station = PgRecords.Station("xc-01");
        Db.Stations.Insert(station);
        Same(station, Db.Stations.Find("xc-01"));
        Db.Stations.Update(station with { Name = "七里河驿站" });
        Assert.Equal("七里河驿站", Db.Stations.Find("xc-01")!.Name);
        Db.Stations.InsertMany([PgRecords.Station("xc-02"), PgRecords.Station("xc-03")]);
        Assert.Equal(3, Db.Stations.Count());
    }

    [Fact]
    public void Staff_consultations_audit_blocks_receipts_and_training_round_trip()
    {
        var staff = PgRecords.Staff("wang");
        var staffId = Db.Staff.Insert(staff);
        Same(staff with { Id = staffId }, Db.Staff.Find(staffId));
        Db.Staff.Update(Db.Staff.Find(staffId)! with { DisplayName = "王站长" });
        Assert.Equal("王站长", Db.Staff.ByUserName("wang")!.DisplayName);

        var consultation = PgRecords.Consultation(1);
        var consultationId = Db.Consultations.Insert(consultation);
        Same(consultation with { Id = consultationId }, Db.Consultations.Find(consultationId));

        var audit = PgRecords.Audit("person:1", PgRecords.At);
        var auditId = Db.Audit.Insert(audit);
        Same(audit with { Id = auditId }, Assert.Single(Db.Audit.About("person:1")));

        var blocked = PgRecords.Blocked("13900000000");
        var blockedId = Db.Blocked.Insert(blocked);
        Same(blocked with { Id = blockedId }, Db.Blocked.Find(blockedId));
        Assert.True(Db.Blocked.IsBlocked("13900000000"));
        Db.Blocked.Delete(blockedId);
        Assert.False(Db.Blocked.IsBlocked("13900000000"));
        Assert.Empty(Db.Blocked.All());

        var receipt = PgRecords.Receipt("r1");
        var receiptId = Db.SmsReceipts.Insert(receipt);
        Same(receipt with { Id = receiptId }, Db.SmsReceipts.ByKey("r1"));
        Db.SmsReceipts.Update(Db.SmsReceipts.ByKey("r1")! with { OutboxId = 3 });
        Assert.Equal(3, Db.SmsReceipts.ByKey("r1")!.OutboxId);

        var courseId = Db.Training.InsertCourse(PgRecords.Course());
        Db.Training.Enrol(new Enrolment { CourseId = courseId, PersonId = 4, EnrolledAt = PgRecords.At });
        Assert.True(Db.Training.IsEnrolled(courseId, 4));
        Assert.False(Db.Training.IsEnrolled(courseId, 5));
        Assert.Equal(4, Assert.Single(Db.Training.EnrolmentsIn(courseId)).PersonId);
    }

    [Fact]
    public void A_missing_record_is_null_everywhere()
    {
        Assert.Null(Db.People.Find(404));
        Assert.Null(Db.People.ByPhone("13800000404"));
        Assert.Null(Db.People.ByOpenId("nobody"));
        Assert.Null(Db.Jobs.Find(404));
        Assert.Null(Db.Outbox.Find(404));
        Assert.Null(Db.Outbox.ByIdempotencyKey("nothing"));
        Assert.Null(Db.Pushes.ByKey(Push.KeyOf(4, 4)));
        Assert.False(Db.Pushes.Exists(Push.KeyOf(4, 4)));
        Assert.Null(Db.Inbound.ByDedupeKey("sms:404"));
        Assert.Null(Db.Conversations.Find("sms:404"));
        Assert.Null(Db.Stations.Find("none"));
        Assert.Null(Db.Consultations.Find(404));
        Assert.Null(Db.Staff.Find(404));
        Assert.Null(Db.Staff.ByUserName("nobody"));
        Assert.Null(Db.Blocked.Find(404));
        Assert.Null(Db.Assessments.Find("none"));
        Assert.Null(Db.SmsReceipts.ByKey("none"));
        Db.InTransaction(() =>
        {
            Assert.Null(Db.People.FindForUpdate(404));
            Assert.Null(Db.Jobs.FindForUpdate(404));
            Assert.Null(Db.Outbox.FindForUpdate(404));
            Assert.Null(Db.Pushes.ByKeyForUpdate(Push.KeyOf(4, 4)));
            Assert.Null(Db.Conversations.FindForUpdate("sms:404"));
            Assert.Null(Db.Consultations.FindForUpdate(404));
            return 0;
        });
        Assert.Equal(0, Db.People.Count());
        Assert.Empty(Db.Jobs.All());
    }
}
