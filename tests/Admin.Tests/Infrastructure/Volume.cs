using ZeroWork.Market.Auditing;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Tests.Infrastructure;

/// <summary>A city's worth of records written straight into the store (bulk, one transaction) so the pages can be driven at the volume a real office has.
/// Records are spread over the township stations and the last 60 days, one minute apart, so the newest of each kind is known.</summary>
internal sealed record Volume(IReadOnlyList<Person> People, IReadOnlyList<JobPost> Posts, IReadOnlyList<Consultation> Consultations, int Outbox, int Audit)
{
    public Person NewestPerson => People.MaxBy(p => p.CreatedAt)!;

    public JobPost NewestPost => Posts.MaxBy(p => p.CreatedAt)!;

    public Consultation NewestConsultation => Consultations.MaxBy(c => c.CreatedAt)!;

    public static Volume Seed(MarketDb db, int people = 2000, int posts = 1500, int consultations = 300, int outbox = 1200, int audit = 800)
    {
        var stations = db.Stations.Find(s => s.Level == StationLevel.Township).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var now = db.UtcNow;
        DateTime Ago(int i, int of) => now.AddMinutes(-(of - i) * 40);
        Station StationOf(int i) => stations[i % stations.Count];

        var persons = Enumerable.Range(0, people).Select(i =>
        {
            var station = StationOf(i);
            var employer = i % 4 == 0;
            return new Person
            {
                Id = i + 1,
                Name = i % 10 == 9 ? null : $"工友{i:0000}",
                Phone = $"139{i:00000000}",
                PreferredChannel = Channel.Sms,
                StationId = station.Id,
                District = station.District,
                CreatedAt = Ago(i, people),
                Worker = employer ? null : new WorkerProfile { Skills = ["porter"], RegisteredAt = Ago(i, people) },
                Employer = employer ? new EmployerProfile { UnitName = $"用工单位{i:0000}", ContactPhone = $"139{i:00000000}", RegisteredAt = Ago(i, people) } : null,
            };
        }).ToList();
        var jobs = Enumerable.Range(0, posts).Select(i =>
        {
            var employer = persons[(i * 4) % people];
            return new JobPost
            {
                Id = i + 1,
                EmployerId = employer.Id,
                EmployerName = $"招工{i:0000}号",
                Skills = ["porter"],
                Headcount = 2,
                PayMin = 180,
                PayMax = 180,
                PayUnit = "day",
                WorkDate = "2026-03-11",
                PlaceText = "双沟镇",
                ContactPhone = employer.Phone,
                Description = $"搬运第{i}批",
                Status = i % 5 == 0 ? JobStatus.PendingReview : JobStatus.Published,
                RiskFlags = i % 5 == 0 ? ["日薪明显偏离常见范围"] : [],
                Collector = new Collector { Channel = Channel.WeChat, StationId = employer.StationId },
                CreatedAt = Ago(i, posts),
            };
        }).ToList();
        var asked = Enumerable.Range(0, consultations).Select(i =>
        {
            var person = persons[(i * 7) % people];
            return new Consultation
            {
                Id = i + 1,
                Kind = ConsultationKind.LabourRights,
                PersonId = person.Id,
                Channel = Channel.Sms,
                StationId = person.StationId!,
                State = i % 6 == 0 ? ConsultationState.Closed : ConsultationState.Open,
                Thread = [new ThreadMessage { At = Ago(i, consultations), Text = $"咨询第{i:000}号：工钱没结" }],
                CreatedAt = Ago(i, consultations),
            };
        }).ToList();
        var messages = Enumerable.Range(0, outbox).Select(i => new OutboxMessage
        {
            Channel = OutboxChannel.Sms,
            Address = persons[i % people].Phone!,
            PersonId = persons[i % people].Id,
            Template = "Reply",
            Text = $"零工市场：第{i}条",
            IdempotencyKey = $"volume-{i}",
            Purpose = "push",
            State = OutboxState.NotSent,
            CreatedAt = Ago(i, outbox),
            Segments = 1,
        }).ToList();
        var entries = Enumerable.Range(0, audit).Select(i => new AuditEntry { At = Ago(i, audit), Actor = "admin", Action = "查看完整电话", Subject = $"person:{i + 1}", Detail = $"批量{i:000}" }).ToList();
        db.InTransaction(() =>
        {
            db.People.InsertBulk(persons);
            db.Jobs.InsertBulk(jobs);
            db.Consultations.InsertBulk(asked);
            db.Outbox.InsertBulk(messages);
            db.Audit.InsertBulk(entries);
        });
        return new Volume(persons, jobs, asked, outbox, audit);
    }
}
