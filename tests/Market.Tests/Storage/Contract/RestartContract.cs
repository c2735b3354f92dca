using ZeroWork.Market.Messaging;
using ZeroWork.Market.Tests.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>A restart keeps every committed record, unique keys and the id sequences.</summary>
public abstract class RestartContract(IStoreHarness harness) : StoreContract(harness)
{
    [Fact]
    public void A_restart_keeps_everything_committed()
    {
        var personId = Db.People.Insert(PgRecords.Worker("13800000001") with { ConsentAt = PgRecords.At });
        var jobId = Db.Jobs.Insert(PgRecords.Job(personId));
        var messageId = Db.InTransaction(() => Db.Enqueue(PgRecords.Message("k1")).Id);
        Db.Pushes.Insert(PgRecords.Push(jobId, personId));
        Db.Inbound.Insert(PgRecords.Inbound("sms:1"));
        Db.Conversations.Save(PgRecords.Conversation("sms:13800000001"));
        Db.Stations.Insert(PgRecords.Station("xc-01"));
        Db.Consultations.Insert(PgRecords.Consultation(personId));
        Db.Staff.Insert(PgRecords.Staff("wang"));
        Db.Audit.Insert(PgRecords.Audit("person:1", PgRecords.At));
        Db.Blocked.Insert(PgRecords.Blocked("13900000000"));
        Db.Assessments.Save(PgRecords.Assessment("xc-01:2026", 2026));
        Db.SmsReceipts.Insert(PgRecords.Receipt("r1"));
        Db.Training.InsertCourse(PgRecords.Course());
        var before = Db.People.Find(personId);

        var db = Harness.Reopen();

        Same(before, db.People.Find(personId));
        Assert.Equal(PgRecords.Job(personId).Description, db.Jobs.Find(jobId)!.Description);
        Assert.Equal(messageId, db.Outbox.ByIdempotencyKey("k1")!.Id);
        Assert.True(db.Pushes.Exists(Push.KeyOf(jobId, personId)));
        Assert.NotNull(db.Inbound.ByDedupeKey("sms:1"));
        Assert.NotNull(db.Conversations.Find("sms:13800000001"));
        Assert.NotNull(db.Stations.Find("xc-01"));
        Assert.Single(db.Consultations.OfPerson(personId));
        Assert.NotNull(db.Staff.ByUserName("wang"));
        Assert.Single(db.Audit.About("person:1"));
        Assert.True(db.Blocked.IsBlocked("13900000000"));
        Assert.NotNull(db.Assessments.Find("xc-01:2026"));
        Assert.NotNull(db.SmsReceipts.ByKey("r1"));
        Assert.Single(db.Training.Courses());
    }

    [Fact]
    public void After_a_restart_unique_keys_still_hold_and_new_ids_come_after_the_old()
    {
        var first = Db.People.Insert(PgRecords.Worker("13800000001"));
        Db.Inbound.Insert(PgRecords.Inbound("sms:1"));
        Db.Pushes.Insert(PgRecords.Push(1, 1));

        var db = Harness.Reopen();

        Assert.True(db.People.Insert(PgRecords.Worker("13800000002")) > first);
        Assert.ThrowsAny<Exception>(() => db.Inbound.Insert(PgRecords.Inbound("sms:1")));
        Assert.ThrowsAny<Exception>(() => db.Pushes.Insert(PgRecords.Push(1, 1)));
        Assert.Equal(1, db.Inbound.Count());
    }
}
