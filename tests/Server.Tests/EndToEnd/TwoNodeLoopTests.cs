using ZeroWork.Market.Messaging;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Server.Tests.EndToEnd;

/// <summary>
/// Issue #14's "done": two nodes on one PostgreSQL database pass the whole loop. A worker registers by SMS on node A,
/// an employer posts on node B and confirms on node A, the near worker gets exactly one push, accepts on node B, and
/// the employer is told exactly once. Each node is a whole service with its own dispatcher, matcher and index.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeLoopTests(PostgresFixture postgres)
{
    private const string Near = "13900000011";
    private const string Far = "13900000013";
    private const string BossOpenId = "o-two-node-boss";
    private const string BossPhone = "13712345670";

    [Fact]
    public async Task Two_nodes_on_one_database_pass_the_whole_loop_with_one_push_and_one_notice()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = postgres.Cluster.CreateDatabase(),
        };
        var tencent = MarketLoop.NewTencent();
        using var nodeA = new MarketLoop(tencent, settings, firstMessageId: 1_000);
        using var nodeB = new MarketLoop(tencent, settings, firstMessageId: 500_000);

        await nodeA.Sms(Near, "会小工 住檀溪路 姓王");
        await nodeA.Sms(Far, "会小工 住人民广场");
        // Node B's index hears of the new workers from node A (LISTEN/NOTIFY), not from its own writes.
        await MarketLoop.Eventually(() => nodeB.WorkersIndexed() >= 2, "node B's index has both workers");

        Assert.Contains("回复1确认发布", await nodeB.WeChat(BossOpenId, $"明天早上7点檀溪路要1个小工 一天200 电话{BossPhone}"));
        Assert.Contains("已发布", await nodeA.WeChat(BossOpenId, "1"));
        var post = Assert.Single(nodeA.Db.Jobs.All());

        await MarketLoop.Eventually(() => nodeA.SentTo("JobPush").Contains(Near), "the near worker's push went out");
        await Task.Delay(1_500); // a second node planning the same wave would do so within this time
        Assert.Equal([Near], nodeA.SentTo("JobPush"));
        Assert.Single(nodeB.Db.Pushes.OfJob(post.Id));

        await nodeB.Sms(Near, "1");

        var taken = nodeB.Db.Jobs.Find(post.Id)!;
        Assert.Equal(Market.Jobs.JobStatus.Filled, taken.Status);
        Assert.Single(taken.TakerIds);
        await MarketLoop.Eventually(() => nodeA.Db.Outbox.ToAddress(BossOpenId).Any(m => m.Text.Contains(Near, StringComparison.Ordinal)), "the employer was told");
        await Task.Delay(1_000);
        Assert.Single(nodeA.Db.Outbox.ToAddress(BossOpenId), m => m.Text.Contains(Near, StringComparison.Ordinal));
        Assert.Single(nodeA.Db.Outbox.ToAddress(Near), m => m.Purpose == OutboxMessage.PushPurpose);
        Assert.Equal(0, tencent.BadSignatures);
    }
}
