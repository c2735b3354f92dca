using ZeroWork.Market.Consultations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Tests.Infrastructure;

/// <summary>Records written straight into the store, as the Bot or the Matcher would have.</summary>
internal static class Seed
{
    public static string Township(IMarketStore db, string district, int index = 0) =>
        db.Stations.All().Where(s => s.District == district && s.Level == StationLevel.Township).OrderBy(s => s.Id, StringComparer.Ordinal).ElementAt(index).Id;

    public static Person Person(IMarketStore db, string stationId, string phone, string name = "张师傅", string? openId = null, DateTime? lastWeChat = null, bool worker = true)
    {
        var station = db.Stations.Find(stationId)!;
        var person = new Person
        {
            Name = name,
            Phone = phone,
            OpenId = openId,
            LastWeChatAt = lastWeChat,
            PreferredChannel = openId is null ? Channel.Sms : Channel.WeChat,
            StationId = stationId,
            District = station.District,
            CreatedAt = db.UtcNow,
            Worker = worker ? new WorkerProfile { Skills = ["bricklayer"], RegisteredAt = db.UtcNow } : null,
            Employer = worker ? null : new EmployerProfile { UnitName = name, ContactPhone = phone, RegisteredAt = db.UtcNow },
        };
        var id = db.People.Insert(person);
        return person with { Id = id };
    }

    public static JobPost Post(IMarketStore db, string stationId, int employerId, JobStatus status = JobStatus.PendingReview, string? description = "搬水泥", IReadOnlyList<string>? flags = null, DateTime? createdAt = null)
    {
        var post = new JobPost
        {
            EmployerId = employerId,
            EmployerName = "襄州建材店",
            Skills = ["porter"],
            Headcount = 2,
            PayMin = 180,
            PayMax = 180,
            PayUnit = "day",
            WorkDate = "2026-03-11",
            PlaceText = "双沟镇",
            ContactPhone = db.People.Find(employerId)?.Phone,
            Description = description,
            Status = status,
            RiskFlags = flags ?? [],
            Collector = new Collector { Channel = Channel.WeChat, StationId = stationId },
            CreatedAt = createdAt ?? db.UtcNow,
        };
        var id = db.Jobs.Insert(post);
        return post with { Id = id };
    }

    public static Consultation Consultation(IMarketStore db, string stationId, int personId, Channel channel = Channel.Sms, DateTime? createdAt = null, string text = "老板拖欠工资三天了怎么办")
    {
        var at = createdAt ?? db.UtcNow;
        var c = new Consultation
        {
            Kind = ConsultationKind.LabourRights,
            PersonId = personId,
            Channel = channel,
            StationId = stationId,
            State = ConsultationState.Open,
            Thread = [new ThreadMessage { At = at, Text = text }],
            CreatedAt = at,
        };
        var id = db.Consultations.Insert(c);
        return c with { Id = id };
    }
}
