using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Tests.Support;
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
        var cluster = Enumerable.Range(0, nodes).Select(_ => new ConversationNode(store)).ToList();
        try
        {
            var replies = new List<string?>();
            for (var i = 0; i < Script.Length; i++)
            {
                time.Advance(TimeSpan.FromSeconds(20));
                replies.Add(await cluster[i % nodes].SmsAsync(Mobile, Script[i]));
            }

            return (replies, store.Db.People.ByPhone(Mobile)?.Worker?.Skills, store.Db.Conversations.Find("sms:" + Mobile)?.Flow);
        }
        finally
        {
            foreach (var node in cluster)
            {
                await node.DisposeAsync();
            }
        }
    }
}
