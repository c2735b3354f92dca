using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>What still reproduced of #16: a worker asking about age after a push, and an employer closing a post with 不要了 / 取消 when several are open.</summary>
public sealed class AgeAndClosingTests
{
    [Theory]
    [InlineData("18-55岁", "多大年纪的要", "18-55岁")]
    [InlineData("60岁以下", "要多大岁数的", "60岁以下")]
    [InlineData("六十岁以下", "六十岁能去吗", "60岁以下")]
    [InlineData("年龄不限", "多大年纪的要", "年龄不限")]
    public void An_age_question_after_a_push_is_answered_from_the_post_and_takes_nothing(string limit, string question, string stored)
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900900001");
        var job = scene.Post($"明天早上7点檀溪路要2个小工 一天200 {limit} 电话{Scene.BossPhone}");
        Assert.Equal(stored, job.AgeLimit);
        scene.PushedTo(job, "13900900001");

        var reply = worker.Say(question);

        Assert.Contains("年龄：" + stored, reply);
        Assert.EndsWith("回1接单 回2不去", reply);
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900900001").State);
    }

    [Fact]
    public void An_age_question_about_a_post_without_a_limit_says_none_was_given()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900900002");
        var job = scene.Post();
        Assert.Null(job.AgeLimit);
        scene.PushedTo(job, "13900900002");

        var reply = worker.Say("多大年纪的要");

        Assert.Contains("没说年龄要求", reply);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900900002").State);
    }

    [Theory]
    [InlineData("不要了")]
    [InlineData("不用了")]
    [InlineData("人不要了")]
    public void Buyaole_after_publishing_closes_the_only_post(string text)
    {
        using var scene = new Scene();
        var job = scene.Post();
        scene.Boss.Say("汉江建筑");

        var reply = scene.Boss.Say(text);

        Assert.Contains("已关闭", reply);
        Assert.Equal(JobStatus.Closed, scene.Db.Jobs.Find(job.Id)!.Status);
    }

    [Theory]
    [InlineData("取消")]
    [InlineData("撤了")]
    [InlineData("不招了")]
    [InlineData("不要了")]
    public void Closing_with_two_open_posts_asks_which_and_closes_only_the_one_picked(string text)
    {
        using var scene = new Scene();
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        var second = scene.Post($"后天8点檀溪路要1个电工 一天300 电话{Scene.BossPhone}");

        var ask = scene.Boss.Say(text);

        Assert.Contains("关闭哪条", ask);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.Find(first.Id)!.Status);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.Find(second.Id)!.Status);

        var done = scene.Boss.Say("1");

        Assert.Contains("已关闭", done);
        Assert.Contains($"编号{second.Id}", done);
        Assert.Equal(JobStatus.Closed, scene.Db.Jobs.Find(second.Id)!.Status);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.Find(first.Id)!.Status);
    }
}
