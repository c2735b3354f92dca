using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Server.Hosting;

namespace ZeroWork.Server.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_when_the_store_is_open()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task First_start_seeds_the_station_network()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        await client.GetAsync("/healthz");

        Assert.True(factory.Db.Stations.Count() >= 43);
    }

    [Fact]
    public async Task A_backlog_of_pending_and_sending_messages_beyond_the_limit_is_degraded()
    {
        using var factory = new ZeroWorkFactory();
        var db = factory.Db;
        var check = new StoreHealthCheck(db, factory.Services.GetRequiredService<IStoreMaintenance>());
        OutboxMessage Message(string key, OutboxState state) => new() { Channel = OutboxChannel.Sms, Address = "13900000001", IdempotencyKey = key, State = state, Text = "x" };
        db.InTransaction(() =>
        {
            InsertAll(db.Outbox, Enumerable.Range(0, 4_000).Select(i => Message($"p{i}", OutboxState.Pending)));
            InsertAll(db.Outbox, Enumerable.Range(0, 500).Select(i => Message($"s{i}", OutboxState.Sent)));
        });

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        db.InTransaction(() => InsertAll(db.Outbox, Enumerable.Range(0, StoreHealthCheck.BacklogLimit - 4_000 + 1).Select(i => Message($"x{i}", OutboxState.Sending))));
        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(StoreHealthCheck.BacklogLimit + 1L, Convert.ToInt64(result.Data["outbox_backlog"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Healthz_answers_503_with_the_reason_when_the_outbox_backlog_is_beyond_the_limit()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var later = factory.Time.GetUtcNow().UtcDateTime.AddDays(1);
        factory.Db.InTransaction(() => InsertAll(factory.Db.Outbox, Enumerable.Range(0, StoreHealthCheck.BacklogLimit + 1).Select(i =>
            new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13900000001", IdempotencyKey = $"later{i}", State = OutboxState.Pending, NotBefore = later, Text = "x" })));

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal($"Degraded: outbox backlog {StoreHealthCheck.BacklogLimit + 1}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_answers_503_naming_the_disk_while_store_writes_fail()
    {
        using var factory = new ZeroWorkFactory();
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddSingleton<IStoreMaintenance>(sp => new WritesFailingMaintenance(sp.GetRequiredService<ZeroWork.Market.LiteDb.LiteDbStore>()))));
        using var client = failing.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("Unhealthy: store writes failing", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The store as it is after a write failed at the disk (see <c>DiskFullTests</c> for the real fault on the real program).</summary>
    private sealed class WritesFailingMaintenance(IStoreMaintenance store) : IStoreMaintenance
    {
        public string Describe => store.Describe;

        public bool WritesFailing => true;

        public long Rollbacks => store.Rollbacks;

        public bool CanBackup => store.CanBackup;

        public TimeSpan Backup(string destination) => store.Backup(destination);
    }

    private static void InsertAll(IOutboxStore outbox, IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            outbox.Insert(message);
        }
    }
}
