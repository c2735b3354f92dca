using ZeroWork.Market.Auditing;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Training;

namespace ZeroWork.Market.Tests.Postgres;

/// <summary>One of every stored record with every kind of field filled (enums, decimals, lists, nested records, points, UTC times with ticks).</summary>
internal static class PgRecords
{
    public static readonly DateTime At = new(2026, 12, 3, 8, 30, 15, 123, DateTimeKind.Utc);

    public static Person Worker(string phone) => new()
    {
        Name = "张师傅",
        Phone = phone,
        PreferredChannel = Channel.Sms,
        Worker = new WorkerProfile { Skills = ["瓦工", "小工"], Home = new GeoPoint(112.1441, 32.0422), HomePlace = "七里河", PayWanted = 180.5m, PayUnit = "天", FreeDates = ["2026-12-04"], Age = 58, JobsTaken = 3, JobsShowedUp = 2, RegisteredAt = At },
        ConsentAt = At.AddTicks(7),
        LastActiveAt = At.AddMinutes(1),
        StationId = "xc-01",
        District = "襄城区",
        CreatedAt = At,
    };

    public static JobPost Job(int employerId) => new()
    {
        EmployerId = employerId,
        EmployerName = "李老板",
        Skills = ["小工"],
        Headcount = 2,
        PayMin = 180m,
        PayMax = 200.25m,
        PayUnit = "天",
        WorkDate = "2026-12-04",
        StartTime = "07:00",
        PlaceText = "檀溪路",
        District = "襄城区",
        Point = new GeoPoint(112.1400, 32.0300),
        ContactPhone = "13800000002",
        Description = "明天7点檀溪路要2个小工一天180",
        Status = JobStatus.Published,
        Collector = new Collector { Channel = Channel.WeChat, StationId = "xc-01", StaffUserName = "wang" },
        RiskFlags = ["夜班"],
        TakerIds = [5, 9],
        CreatedAt = At,
        PublishedAt = At.AddMinutes(2),
    };

    public static OutboxMessage Message(string key, OutboxState state = OutboxState.Pending, string purpose = "reply", DateTime? notBefore = null) => new()
    {
        Channel = OutboxChannel.Sms,
        Address = "13800000001",
        Template = "push",
        Variables = ["瓦工", "180"],
        Text = "明天有活",
        IdempotencyKey = key,
        Purpose = purpose,
        State = state,
        CreatedAt = At,
        NotBefore = notBefore,
        Cost = 0.045m,
        Segments = 2,
        PersonId = 1,
        Calls = [new OutboxAttempt { Id = "c1", At = At, Outcome = OutboxState.Failed, Error = "timeout" }],
    };

    public static Push Push(int jobId, int workerId) => new()
    {
        Key = Messaging.Push.KeyOf(jobId, workerId),
        JobId = jobId,
        WorkerId = workerId,
        Channel = OutboxChannel.WeChatTemplate,
        State = PushState.Accepted,
        DistanceMeters = 812.5,
        Wave = 2,
        CreatedAt = At,
        AnsweredAt = At.AddMinutes(3),
        OutboxId = 4,
        Paid = true,
    };

    public static InboundMessage Inbound(string key) => new() { Channel = Channel.Sms, From = "13800000001", DedupeKey = key, Text = "明天有空 会瓦工", ReceivedAt = At, Reply = "好的", Effects = ["registered"] };

    public static ConversationState Conversation(string id) => new() { Id = id, Channel = Channel.WeChat, Address = "openid-1", Flow = "post", Asking = "pay", Slots = new() { ["skill"] = "小工" }, PendingJobId = 3, Recent = ["要2个小工"], UpdatedAt = At };

    public static Station Station(string id) => new()
    {
        Id = id,
        Name = "七里河零工驿站",
        Level = StationLevel.Township,
        ParentId = "xc",
        District = "襄城区",
        Point = new GeoPoint(112.14, 32.04),
        AreaSquareMeters = 45.5,
        HasFixedPremises = true,
        Staff = ["wang"],
        Services = ["登记"],
        State = StationState.Operating,
        RectifyBy = At,
        History = [new StationEvent { At = At, Actor = "wang", Action = "申请", Note = "材料齐" }],
    };

    public static Consultation Consultation(int personId) => new()
    {
        Kind = ConsultationKind.LabourRights,
        PersonId = personId,
        Channel = Channel.Sms,
        StationId = "xc-01",
        State = ConsultationState.Open,
        Thread = [new ThreadMessage { At = At, Text = "工钱没给" }, new ThreadMessage { At = At.AddHours(1), FromStaff = "wang", Text = "我们联系老板" }],
        CreatedAt = At,
    };

    public static StaffAccount Staff(string userName) => new() { UserName = userName, DisplayName = "王", PasswordHash = "x", Role = StaffRole.Station, StationId = "xc-01", LockedUntil = At, CreatedAt = At };

    public static AuditEntry Audit(string subject, DateTime at) => new() { At = at, Actor = "wang", Action = "reveal", Subject = subject, Detail = "电话" };

    public static BlockedContact Blocked(string address) => new() { Address = address, Reason = "骚扰", AddedBy = "wang", AddedAt = At };

    public static StationAssessment Assessment(string id, int year) => new() { Id = id, StationId = "xc-01", Year = year, Management = 90, Comment = "好", ScoredAt = At, Published = true };

    public static SmsReceipt Receipt(string key) => new() { Key = key, Sid = "sid-1", Status = "SUCCESS", Mobile = "13800000001", UserReceiveTime = At, ReceivedAt = At };

    public static TrainingCourse Course() => new() { Title = "电工培训", Skill = "电工", StationId = "xc-01", StartsOn = "2026-12-10", Capacity = 30, Subsidised = true };
}
