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
    private const string AlsoNear = "13900000012";
    private const string Far = "13900000013";
    private const string BossOpenId = "o-two-node-boss";
    private const string BossPhone = "13712345670";

    private Dictionary<string, string> SharedDatabase() => new()
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = postgres.Cluster.CreateDatabase(),
    };

    [Fact]
    public async Task Two_nodes_on_one_database_pass_the_whole_loop_with_one_push_and_one_notice()
    {
        var settings = SharedDatabase();
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

    [Fact]
    public async Task A_conversation_begun_on_one_node_continues_on_the_other()
    {
        var settings = SharedDatabase();
        var tencent = MarketLoop.NewTencent();
        using var nodeA = new MarketLoop(tencent, settings, firstMessageId: 1_000);
        using var nodeB = new MarketLoop(tencent, settings, firstMessageId: 500_000);

        await nodeA.Sms(Near, "会小工");
        Assert.Null(nodeA.Db.People.ByPhone(Near)?.Worker?.Home);
        await nodeB.Sms(Near, "住檀溪路");

        var worker = nodeA.Db.People.ByPhone(Near)!.Worker!;
        Assert.NotNull(worker.Home);
        Assert.Equal(["construction_helper"], worker.Skills);
        Assert.Equal(1, nodeA.Db.People.CountWorkers());
    }

    [Fact]
    public async Task Two_takers_answering_on_two_nodes_at_once_never_exceed_the_headcount()
    {
        var settings = SharedDatabase();
        var tencent = MarketLoop.NewTencent();
        using var nodeA = new MarketLoop(tencent, settings, firstMessageId: 1_000);
        using var nodeB = new MarketLoop(tencent, settings, firstMessageId: 500_000);
        await nodeA.Sms(Near, "会小工 住檀溪路 姓王");
        await nodeB.Sms(AlsoNear, "会小工 住檀溪 姓李");
        await MarketLoop.Eventually(() => nodeA.WorkersIndexed() == 2 && nodeB.WorkersIndexed() == 2, "both nodes index both workers");
        await nodeB.WeChat(BossOpenId, $"明天早上7点檀溪路要1个小工 一天200 电话{BossPhone}");
        await nodeB.WeChat(BossOpenId, "1");
        await MarketLoop.Eventually(() => nodeA.SentTo("JobPush").Count == 2, "both near workers were pushed the post");
        var post = Assert.Single(nodeA.Db.Jobs.All());

        await Task.WhenAll(nodeA.Sms(Near, "1"), nodeB.Sms(AlsoNear, "1"));

        var taken = nodeA.Db.Jobs.Find(post.Id)!;
        Assert.Equal(Market.Jobs.JobStatus.Filled, taken.Status);
        var taker = nodeA.Db.People.Find(Assert.Single(taken.TakerIds))!.Phone;
        Assert.Single(nodeA.Db.Pushes.OfJob(post.Id, PushState.Accepted));
        await MarketLoop.Eventually(() => nodeB.Db.Outbox.ToAddress(BossOpenId).Any(m => m.Text.Contains(taker!, StringComparison.Ordinal)), "the employer was told of the taker");
        var loser = taker == Near ? AlsoNear : Near;
        Assert.DoesNotContain(nodeA.Db.Outbox.ToAddress(BossOpenId), m => m.Text.Contains(loser, StringComparison.Ordinal));
        Assert.DoesNotContain(nodeA.Db.Outbox.ToAddress(loser), m => m.Text.Contains(BossPhone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_publication_seen_by_both_nodes_plans_each_push_once()
    {
        var settings = SharedDatabase();
        var tencent = MarketLoop.NewTencent();
        using var nodeA = new MarketLoop(tencent, settings, firstMessageId: 1_000);
        using var nodeB = new MarketLoop(tencent, settings, firstMessageId: 500_000);
        await nodeA.Sms(Near, "会小工 住檀溪路 姓王");
        await nodeA.Sms(AlsoNear, "会小工 住檀溪 姓李");
        await MarketLoop.Eventually(() => nodeB.WorkersIndexed() == 2, "node B indexes both workers");

        await nodeB.WeChat(BossOpenId, $"明天早上7点檀溪路要2个小工 一天200 电话{BossPhone}");
        await nodeB.WeChat(BossOpenId, "1");
        var post = Assert.Single(nodeA.Db.Jobs.All());
        await MarketLoop.Eventually(() => nodeA.SentTo("JobPush").Count >= 2, "both pushes went out");
        await Task.Delay(1_500); // node A hears of the publication too; a plan of its own would be sent within this time

        Assert.Equal([Near, AlsoNear], nodeA.SentTo("JobPush").Order());
        Assert.Equal(2, nodeA.Db.Pushes.OfJob(post.Id).Count());
        Assert.Equal(2, nodeA.Db.Outbox.All().Count(m => m.Purpose == OutboxMessage.PushPurpose));
    }

    [Fact]
    public async Task The_other_nodes_worker_index_follows_a_registration_and_an_opt_out_within_a_second()
    {
        var settings = SharedDatabase();
        var tencent = MarketLoop.NewTencent();
        using var nodeA = new MarketLoop(tencent, settings, firstMessageId: 1_000);
        using var nodeB = new MarketLoop(tencent, settings, firstMessageId: 500_000);
        Assert.Equal(0, nodeB.WorkersIndexed());

        await nodeA.Sms(Near, "会小工 住檀溪路 姓王");
        await MarketLoop.Eventually(() => nodeB.WorkersIndexed() == 1, "node B indexes the new worker", TimeSpan.FromSeconds(1));

        await nodeA.Sms(Near, "T");
        Assert.True(nodeA.Db.People.ByPhone(Near)!.OptedOut);
        await MarketLoop.Eventually(() => nodeB.WorkersIndexed() == 0, "node B drops the worker who opted out", TimeSpan.FromSeconds(1));
    }
}
