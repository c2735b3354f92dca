using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Sms;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Support;

/// <summary>The SMS channel as the app wires it (AddSmsChannel), on a temp store, fake time and a fake Tencent endpoint. The dispatcher is driven by hand unless <see cref="StartAsync"/> is called.</summary>
internal sealed class SmsHarness : IAsyncDisposable
{
    public const string SecretId = "AKIDTESTTESTTESTTESTTESTTESTTEST12";
    public const string SecretKey = "TESTSECRETKEYTESTSECRETKEYTESTSE";
    public const string Mobile = "13800138000";

    private readonly TempStore store;

    public SmsHarness(bool credentials = true, Dictionary<string, string?>? settings = null, Action<MarketDb>? beforeStart = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        store = new TempStore(Time);
        beforeStart?.Invoke(store.Db);
        Tencent = new FakeTencent(Time, SecretId, SecretKey);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["Bot:Sms:SdkAppId"] = "1400006666",
            ["Bot:Sms:SignName"] = "襄阳零工",
            ["Bot:Sms:Region"] = "ap-guangzhou",
            ["Bot:Sms:CallbackKey"] = "test-callback-key-0123456789",
            ["Bot:Sms:Timeout"] = "00:00:05",
            ["Bot:Sms:RetryDelay"] = "00:00:00",
            ["Bot:Sms:Templates:Reply"] = "100001",
            ["Bot:Sms:Templates:JobPush"] = "100002",
            ["Bot:Sms:Templates:TakerFound"] = "100003",
        };
        if (credentials)
        {
            config["Bot:Sms:SecretId"] = SecretId;
            config["Bot:Sms:SecretKey"] = SecretKey;
        }

        foreach (var (k, v) in settings ?? [])
        {
            config[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(store.Events);
        builder.Services.AddSingleton(store.Db);
        builder.AddSmsChannel();
        builder.Services.AddHttpClient<TencentSmsClient>().ConfigurePrimaryHttpMessageHandler(() => Tencent);
        Host = builder.Build();
    }

    public FakeTimeProvider Time { get; }

    public FakeTencent Tencent { get; }

    public IHost Host { get; }

    public MarketDb Db => store.Db;

    public MarketEvents Events => store.Events;

    public OutboxDispatcher Dispatcher => Host.Services.GetRequiredService<OutboxDispatcher>();

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public OutboxMessage Enqueue(string text = "您好，登记成功。", string? address = null, string template = "Reply", string[]? variables = null, string? key = null, string purpose = "reply") =>
        Db.InTransaction(() => Db.Enqueue(new OutboxMessage
        {
            Channel = OutboxChannel.Sms,
            Address = address ?? Mobile,
            Template = template,
            Variables = variables ?? [text],
            Text = MessageTemplates.Find(template)!.Render(variables ?? [text]),
            IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
            Purpose = purpose,
        }));

    public OutboxMessage Message(long id) => Db.Outbox.FindById(id);

    /// <summary>One dispatcher round; fake time moves on only while the fake provider holds a request, so the timeout can fire.</summary>
    public async Task<int> RunAsync() => await WhileAdvancing(Dispatcher.RunOnceAsync());

    public async Task ReconcileAsync() => await WhileAdvancing(Dispatcher.ReconcileOnceAsync(CancellationToken.None).ContinueWith(_ => 0, TaskScheduler.Default));

    public async Task StartAsync() => await Host.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(5));
        Host.Dispose();
        store.Dispose();
    }

    private async Task<T> WhileAdvancing<T>(Task<T> work)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(10));
            if (!work.IsCompleted && Tencent.Hanging > 0)
            {
                Time.Advance(TimeSpan.FromMilliseconds(500));
            }
        }

        return await work;
    }
}
