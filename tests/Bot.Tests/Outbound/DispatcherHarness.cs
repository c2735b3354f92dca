using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Bot.Tests.Outbound;

/// <summary>The dispatcher as <c>AddOutbound</c> registers it, with test senders and reconcilers.</summary>
internal sealed class DispatcherHarness : IAsyncDisposable
{
    private readonly TestStore store;

    public DispatcherHarness(Action<IMarketStore, IServiceCollection> configure)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        store = new TestStore(Time);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(store.Events);
        builder.Services.AddSingleton(store.Db);
        builder.AddOutbound();
        builder.AddOutbound();
        configure(store.Db, builder.Services);
        Host = builder.Build();
    }

    public FakeTimeProvider Time { get; }

    public IHost Host { get; }

    public IMarketStore Db => store.Db;

    public OutboxDispatcher Dispatcher => Host.Services.GetRequiredService<OutboxDispatcher>();

    public OutboxMessage Enqueue(OutboxChannel channel = OutboxChannel.WeChatCustom, string address = "openid-1") =>
        Db.InTransaction(() => Db.Enqueue(new OutboxMessage { Channel = channel, Address = address, Text = "你好", IdempotencyKey = Guid.NewGuid().ToString("N") }));

    public OutboxMessage Message(long id) => Db.Outbox.Find(id)!;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(5));
        Host.Dispose();
        store.Dispose();
    }
}
