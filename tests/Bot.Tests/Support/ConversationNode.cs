using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Bot.Conversations;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Matching;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Telemetry;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Bot.Tests.Support;

/// <summary>One node's conversation services, as <see cref="ConversationHostingExtensions.AddConversations"/> registers them, on a shared test store; no take-up and no open jobs.</summary>
internal sealed class ConversationNode : IAsyncDisposable
{
    private static long sequence;

    private readonly ServiceProvider services;

    public ConversationNode(TestStore store)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(store.Time);
        builder.Services.AddSingleton(store.Events);
        builder.Services.AddSingleton(store.Db);
        builder.Services.AddSingleton<IStoreMaintenance>(store.Lite);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<MarketMetrics>();
        builder.Services.AddSingleton<StationDirectory>();
        builder.Services.AddSingleton<IMessageReader, MessageReader>();
        builder.Services.AddSingleton<ITakeUp, NoTakeUp>();
        builder.Services.AddSingleton<IJobSearch, NoJobs>();
        builder.AddConversations();
        services = builder.Services.BuildServiceProvider();
    }

    /// <summary>An SMS text from <paramref name="mobile"/>, handled here; returns the reply.</summary>
    public async Task<string?> SmsAsync(string mobile, string text)
    {
        var key = "sms:" + mobile + "|" + Interlocked.Increment(ref sequence).ToString(CultureInfo.InvariantCulture);
        var result = await services.GetRequiredService<IInboundHandler>().HandleAsync(new InboundEnvelope { Channel = Channel.Sms, From = mobile, DedupeKey = key, Text = text });
        return result.Reply;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private sealed class NoJobs : IJobSearch
    {
        public IReadOnlyList<JobHit> Search(JobQuery query) => [];
    }

    private sealed class NoTakeUp : ITakeUp
    {
        public TakeUpResult Accept(int workerId, int jobId) => throw new InvalidOperationException("no take-up here");

        public TakeUpResult Decline(int workerId, int jobId) => throw new InvalidOperationException("no take-up here");

        public TakeUpResult Close(int employerId, int? jobId) => throw new InvalidOperationException("no take-up here");

        public TakeUpResult Withdraw(int workerId, int jobId) => throw new InvalidOperationException("no take-up here");
    }
}
