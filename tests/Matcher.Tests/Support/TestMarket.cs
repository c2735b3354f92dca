using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Matcher.Hosting;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Search;
using ZeroWork.Matcher.TakeUp;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Matcher.Tests.Support;

/// <summary>A market on the shared test store with fake time (default 2026-11-26 10:00 China time) and the Matcher's parts wired by hand.</summary>
internal sealed class TestMarket : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));

    private int phoneSeq;

    public TestMarket(DateTimeOffset? now = null, Action<MatcherOptions>? configure = null)
    {
        Time = new FakeTimeProvider(now ?? DefaultNow);
        Store = new TestStore(Time);
        configure?.Invoke(Options);
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Indexes = new MarketIndexes(Db, new WorkerIndex(), new OpenJobIndex());
        Planner = new PushPlanner(Db, Indexes, options, NullLogger<PushPlanner>.Instance);
        TakeUp = new TakeUpService(Db, options, Planner);
        Search = new JobSearch(Indexes.Jobs, Gazetteer.Xiangyang);
        Expiry = new JobExpiry(Db);
        SecondWaves = new SecondWaves(Db, Indexes, Planner, options);
        Pump = new MatcherEventPump(Events, Db, Indexes, Planner, NullLogger<MatcherEventPump>.Instance);
    }

    public TestStore Store { get; }

    public FakeTimeProvider Time { get; }

    public MarketEvents Events => Store.Events;

    public IMarketStore Db => Store.Db;

    public MatcherOptions Options { get; } = new();

    public MarketIndexes Indexes { get; }

    public PushPlanner Planner { get; }

    public TakeUpService TakeUp { get; }

    public JobSearch Search { get; }

    public JobExpiry Expiry { get; }

    public SecondWaves SecondWaves { get; }

    public MatcherEventPump Pump { get; }

    public string Today => Market.Time.ChinaTime.Today(Time);

    public Person AddWorker(GeoPoint home, string[] skills, Func<Person, Person>? edit = null)
    {
        var phone = $"139{Interlocked.Increment(ref phoneSeq):00000000}";
        var person = new Person
        {
            Name = "王",
            Phone = phone,
            PreferredChannel = Channel.Sms,
            Worker = new WorkerProfile { Skills = skills, Home = home, RegisteredAt = Db.UtcNow },
            CreatedAt = Db.UtcNow,
        };
        person = edit?.Invoke(person) ?? person;
        var id = Db.People.Insert(person);
        person = person with { Id = id };
        Indexes.RefreshPerson(id);
        return person;
    }

    public Person AddEmployer(string phone = "13800001111")
    {
        var person = new Person
        {
            Name = "李",
            Phone = phone,
            PreferredChannel = Channel.Sms,
            Employer = new EmployerProfile { UnitName = "李记装修", ContactName = "李经理", ContactPhone = phone, RegisteredAt = Db.UtcNow },
            CreatedAt = Db.UtcNow,
        };
        var id = Db.People.Insert(person);
        return person with { Id = id };
    }

    public JobPost AddJob(int employerId, GeoPoint at, string[] skills, Func<JobPost, JobPost>? edit = null)
    {
        var job = new JobPost
        {
            EmployerId = employerId,
            EmployerName = "李记装修",
            Skills = skills,
            Headcount = 1,
            PayMin = 200,
            PayMax = 200,
            PayUnit = "day",
            WorkDate = Today,
            StartTime = "07:30",
            PlaceText = "七里河",
            District = "gaoxin",
            Point = at,
            Status = JobStatus.Published,
            CreatedAt = Db.UtcNow,
            PublishedAt = Db.UtcNow,
        };
        job = edit?.Invoke(job) ?? job;
        var id = Db.Jobs.Insert(job);
        job = job with { Id = id };
        Indexes.RefreshJob(id);
        return job;
    }

    /// <summary>The Matcher of a second node on the same store: its own indexes, loaded now, and its own planner.</summary>
    public MatcherEventPump SecondNode()
    {
        var indexes = new MarketIndexes(Db, new WorkerIndex(), new OpenJobIndex());
        indexes.Load();
        var planner = new PushPlanner(Db, indexes, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<PushPlanner>.Instance);
        return new MatcherEventPump(Events, Db, indexes, planner, NullLogger<MatcherEventPump>.Instance);
    }

    public void Dispose() => Store.Dispose();
}
