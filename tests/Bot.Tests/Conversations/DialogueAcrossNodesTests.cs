using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Conversations;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Matching;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Telemetry;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Bot.Tests.Conversations;

/// <summary>Several nodes share one store and a load balancer sends each message wherever it likes: a dialogue must carry on from the store alone, whichever node handled its last step.</summary>
public sealed class DialogueAcrossNodesTests
{
    private const string Mobile = "13800138000";

    private static readonly string[] Script = ["我想找活", "电工", "樊城区人民广场", "我的活"];

    [Fact]
    public async Task A_registration_begun_on_one_node_is_finished_on_others_with_the_same_replies()
    {
        var alone = await RunAsync(nodes: 1);
        var spread = await RunAsync(nodes: 3);

        Assert.Equal(alone.Replies, spread.Replies);
        Assert.All(spread.Replies, r => Assert.False(string.IsNullOrEmpty(r)));
        Assert.Equal(["electrician"], spread.Skills);
        Assert.Null(spread.Flow);
    }

    private static async Task<(List<string?> Replies, IReadOnlyList<string>? Skills, string? Flow)> RunAsync(int nodes)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        using var store = new TestStore(time);
        var handlers = Enumerable.Range(0, nodes).Select(_ => Node(store, time)).ToList();
        try
        {
            var replies = new List<string?>();
            for (var i = 0; i < Script.Length; i++)
            {
                time.Advance(TimeSpan.FromSeconds(20));
                var handler = handlers[i % nodes].GetRequiredService<IInboundHandler>();
                var result = await handler.HandleAsync(new InboundEnvelope
                {
                    Channel = Channel.Sms,
                    From = Mobile,
                    DedupeKey = "sms:" + Mobile + "|" + i.ToString(CultureInfo.InvariantCulture),
                    Text = Script[i],
                });
                replies.Add(result.Reply);
            }

            var person = store.Db.People.ByPhone(Mobile);
            return (replies, person?.Worker?.Skills, store.Db.Conversations.Find("sms:" + Mobile)?.Flow);
        }
        finally
        {
            foreach (var node in handlers)
            {
                await node.DisposeAsync();
            }
        }
    }

    /// <summary>One node's conversation services, as <see cref="ConversationHostingExtensions.AddConversations"/> registers them, on the shared store.</summary>
    private static ServiceProvider Node(TestStore store, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(time);
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
        return builder.Services.BuildServiceProvider();
    }

    private sealed class NoJobs : IJobSearch
    {
        public IReadOnlyList<JobHit> Search(JobQuery query) => [];
    }

    private sealed class NoTakeUp : ITakeUp
    {
        public TakeUpResult Accept(int workerId, int jobId) => throw new InvalidOperationException("no take-up in this script");

        public TakeUpResult Decline(int workerId, int jobId) => throw new InvalidOperationException("no take-up in this script");

        public TakeUpResult Close(int employerId, int? jobId) => throw new InvalidOperationException("no take-up in this script");

        public TakeUpResult Withdraw(int workerId, int jobId) => throw new InvalidOperationException("no take-up in this script");
    }
}
