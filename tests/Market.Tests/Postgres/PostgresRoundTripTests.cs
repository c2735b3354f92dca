using System.Text.Json;
using ZeroWork.Market.Jobs;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRoundTripTests(PostgresFixture fixture)
{
    private static void Same<T>(T expected, T? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }

    [Fact]
    public void Every_record_type_comes_back_as_it_went_in()
    {
        using var db = PgStoreFactory.Fresh(fixture);

        var worker = PgRecords.Worker("13800000001");
        var workerId = db.People.Insert(worker);
        Assert.Equal(workerId, worker.Id);
        var person = db.People.Find(workerId);
        Same(worker, person);
        Assert.Equal(DateTimeKind.Utc, person!.CreatedAt.Kind);
        Assert.Equal(PgRecords.At.AddTicks(7), person.ConsentAt);
        Assert.Equal(180.5m, person.Worker!.PayWanted);

        var job = PgRecords.Job(workerId);
        Same(job, db.Jobs.Find(db.Jobs.Insert(job)));

        var message = PgRecords.Message("k1");
        Same(message, db.Outbox.Find(db.Outbox.Insert(message)));

        var push = PgRecords.Push(job.Id, workerId);
        db.Pushes.Insert(push);
        Same(push, db.Pushes.ByKey(push.Key));

        var inbound = PgRecords.Inbound("sms:1");
        db.Inbound.Insert(inbound);
        Same(inbound, db.Inbound.ByDedupeKey("sms:1"));

        var conversation = PgRecords.Conversation("wx:openid-1");
        db.Conversations.Save(conversation);
        Same(conversation, db.Conversations.Find(conversation.Id));

        var station = PgRecords.Station("xc-01");
        db.Stations.Insert(station);
        Same(station, db.Stations.Find("xc-01"));

        var consultation = PgRecords.Consultation(workerId);
        Same(consultation, db.Consultations.Find(db.Consultations.Insert(consultation)));

        var staff = PgRecords.Staff("wang");
        db.Staff.Insert(staff);
        Same(staff, db.Staff.ByUserName("wang"));

        var audit = PgRecords.Audit("person:1", PgRecords.At);
        db.Audit.Insert(audit);
        Same(audit, Assert.Single(db.Audit.About("person:1")));

        var blocked = PgRecords.Blocked("13900000000");
        Same(blocked, db.Blocked.Find(db.Blocked.Insert(blocked)));

        var assessment = PgRecords.Assessment("xc-01:2026", 2026);
        db.Assessments.Save(assessment);
        Same(assessment, db.Assessments.Find(assessment.Id));

        var receipt = PgRecords.Receipt("r1");
        db.SmsReceipts.Insert(receipt);
        Same(receipt, db.SmsReceipts.ByKey("r1"));

        var course = PgRecords.Course();
        db.Training.InsertCourse(course);
        Same(course, Assert.Single(db.Training.Courses()));
    }

    [Fact]
    public void A_record_with_its_own_id_keeps_it_and_later_ids_come_after_it()
    {
        using var db = PgStoreFactory.Fresh(fixture);

        Assert.Equal(40, db.Jobs.Insert(PgRecords.Job(1) with { Id = 40 }));
        Assert.Equal(41, db.Jobs.Insert(PgRecords.Job(1)));
    }

    [Fact]
    public void Points_are_PostGIS_geography_in_the_generated_columns()
    {
        var connection = fixture.Cluster.CreateDatabase();
        using var db = PgStoreFactory.Open(connection);
        var id = db.People.Insert(PgRecords.Worker("13800000001"));

        using var sql = new Npgsql.NpgsqlConnection(connection);
        sql.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT round(ST_Distance(home, ST_SetSRID(ST_MakePoint(112.1441, 32.0512), 4326)::geography)) FROM people WHERE id = @id", sql);
        command.Parameters.AddWithValue("id", (long)id);
        Assert.InRange(Convert.ToDouble(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), 995, 1005);
    }

    [Fact]
    public void Queries_order_and_filter_as_the_LiteDB_store_does()
    {
        using var db = PgStoreFactory.Fresh(fixture);
        var from = PgRecords.At;
        foreach (var minutes in new[] { 5, 1, 3 })
        {
            db.Audit.Insert(PgRecords.Audit("s", from.AddMinutes(minutes)));
            db.Inbound.Insert(PgRecords.Inbound($"k{minutes}") with { Text = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        Assert.Equal([1, 3, 5], db.Audit.Between(from, from.AddHours(1), oldestFirst: true).Select(a => (a.At - from).Minutes));
        Assert.Equal([5, 3, 1], db.Audit.Between(from, from.AddHours(1), oldestFirst: false).Select(a => (a.At - from).Minutes));
        Assert.Empty(db.Audit.Between(from.AddMinutes(6), from.AddHours(1), oldestFirst: true));
        Assert.Equal(["1", "3"], db.Inbound.LatestFrom("13800000001", 2).Select(m => m.Text));
        Assert.Empty(db.Inbound.LatestFrom("nobody", 2));
        Assert.Null(db.People.ByPhone("nobody"));
        Assert.Null(db.Jobs.Find(999));

        db.Jobs.Insert(PgRecords.Job(7));
        db.Jobs.Insert(PgRecords.Job(7) with { Status = JobStatus.Closed, CreatedAt = from.AddDays(1) });
        Assert.Equal([JobStatus.Closed, JobStatus.Published], db.Jobs.OfEmployer(7).Select(j => j.Status));
        var counts = db.Jobs.CountByStatus();
        Assert.Equal(Enum.GetValues<JobStatus>().Length, counts.Count);
        Assert.Equal(1, counts[JobStatus.Closed]);
        Assert.Equal(0, counts[JobStatus.Draft]);
        Assert.Equal(1, db.Jobs.CountSameDescription(PgRecords.Job(7).Description!, exceptId: 1, from));
    }
}
