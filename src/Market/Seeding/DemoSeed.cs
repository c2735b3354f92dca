using System.Globalization;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;
using ZeroWork.Market.Training;

namespace ZeroWork.Market.Seeding;

/// <summary>A living demo market so a newcomer sees something: workers and posts around the city, consultations waiting, courses open. Phones use the 170 virtual range and never leave the local outbox without a provider.</summary>
internal static class DemoSeed
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨"];

    private static readonly (string Place, string[] Skills, int Pay)[] Workers =
    [
        ("七里河街道", ["bricklayer"], 200), ("太平店镇", ["construction_helper", "porter"], 160), ("檀溪街道", ["cleaner", "housekeeper"], 150),
        ("樊城区", ["electrician"], 260), ("襄城区", ["painter"], 240), ("襄州区", ["porter"], 150),
        ("柿铺街道", ["construction_helper"], 170), ("米庄镇", ["factory", "sorter"], 140), ("东津镇", ["driver"], 250),
        ("樊城区", ["caregiver"], 180), ("襄城区", ["cook"], 200), ("高新区", ["welder"], 300),
    ];

    private static readonly (string Place, string[] Skills, int Headcount, int Pay, string Time)[] Posts =
    [
        ("樊城区", ["construction_helper"], 2, 180, "07:00"), ("襄城区", ["cleaner"], 1, 160, "08:30"),
        ("高新区", ["factory"], 5, 150, "08:00"), ("七里河街道", ["bricklayer"], 2, 260, "07:00"),
        ("襄州区", ["porter"], 3, 200, "06:30"), ("东津镇", ["painter"], 1, 250, "08:00"),
    ];

    public static void Add(IMarketStore db)
    {
        var now = db.UtcNow;
        var tomorrow = ChinaTime.Now(db.Time).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gazetteer = Gazetteer.Xiangyang;
        var n = 0;
        foreach (var (place, skills, pay) in Workers)
        {
            n++;
            var point = Near(gazetteer, place, n);
            db.People.Insert(new Person
            {
                Name = Surnames[n % Surnames.Length],
                Phone = $"1700710{n:0000}",
                PreferredChannel = Channel.Sms,
                District = gazetteer.Find(place)?.District,
                Worker = new WorkerProfile { Skills = skills, Home = point, HomePlace = place, PayWanted = pay, PayUnit = "day", RegisteredAt = now },
                ConsentAt = now,
                LastActiveAt = now,
                CreatedAt = now,
            });
        }

        var employerId = db.People.Insert(new Person
        {
            Name = "赵",
            Phone = "17007109001",
            PreferredChannel = Channel.WeChat,
            Employer = new EmployerProfile { UnitName = "赵师傅装修队", ContactName = "赵", ContactPhone = "17007109001", RegisteredAt = now },
            ConsentAt = now,
            CreatedAt = now,
        });

        foreach (var (place, skills, headcount, pay, time) in Posts)
        {
            n++;
            var point = Near(gazetteer, place, n);
            var district = gazetteer.Find(place)?.District;
            db.Jobs.Insert(new JobPost
            {
                EmployerId = employerId,
                EmployerName = "赵师傅装修队",
                Skills = skills,
                Headcount = headcount,
                PayMin = pay,
                PayMax = pay,
                PayUnit = "day",
                WorkDate = tomorrow,
                StartTime = time,
                PlaceText = place,
                District = district,
                Point = point,
                ContactName = "赵",
                ContactPhone = "17007109001",
                Description = $"{place}招{SkillCatalog.Describe(skills)}{headcount}人，一天{pay}",
                Status = JobStatus.Published,
                Collector = new Collector { Channel = Channel.WeChat, StationId = district is null ? "hub" : $"sub-{district}" },
                CreatedAt = now,
                PublishedAt = now,
            });
        }

        var workerId = db.People.ByPhone("17007100002")!.Id;
        db.Consultations.Insert(new Consultation
        {
            Kind = ConsultationKind.LabourRights,
            PersonId = workerId,
            Channel = Channel.Sms,
            StationId = "sub-fancheng",
            State = ConsultationState.Open,
            Skills = ["construction_helper"],
            Thread = [new ThreadMessage { At = now.AddHours(-30), Text = "在工地干了五天，老板欠我一千块工钱不给，怎么办" }],
            CreatedAt = now.AddHours(-30),
        });
        db.Consultations.Insert(new Consultation
        {
            Kind = ConsultationKind.Policy,
            PersonId = workerId,
            Channel = Channel.Sms,
            StationId = "sub-fancheng",
            State = ConsultationState.Open,
            Thread = [new ThreadMessage { At = now.AddHours(-2), Text = "灵活就业社保怎么交，有没有补贴" }],
            CreatedAt = now.AddHours(-2),
        });
        db.Training.InsertCourse(new TrainingCourse { Title = "电焊工技能培训", Skill = "welder", StationId = "sub-fancheng", StartsOn = ChinaTime.Now(db.Time).AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Capacity = 30, Subsidised = true });
        db.Training.InsertCourse(new TrainingCourse { Title = "育婴师培训", Skill = "nanny", StationId = "sub-xiangcheng", StartsOn = ChinaTime.Now(db.Time).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Capacity = 40, Subsidised = true });
        db.Training.InsertCourse(new TrainingCourse { Title = "家政服务员培训", Skill = "housekeeper", StationId = "sub-xiangzhou", StartsOn = ChinaTime.Now(db.Time).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Capacity = 40, Subsidised = true });
    }

    /// <summary>A point a few hundred metres from the named place, spread deterministically so demo people don't stack.</summary>
    private static GeoPoint Near(Gazetteer gazetteer, string place, int n)
    {
        var center = gazetteer.Find(place)?.Point ?? gazetteer.Find("樊城区")!.Point;
        var angle = n * 2.399963;
        var meters = 200 + (n % 5 * 150);
        return new GeoPoint(
            center.Lng + (meters * Math.Cos(angle) / (111_320 * Math.Cos(center.Lat * Math.PI / 180))),
            center.Lat + (meters * Math.Sin(angle) / 110_540));
    }
}
