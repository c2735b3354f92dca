using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 8: employers hear 已招满, "几个人接了" per post, notices that name the post, closing the post meant, and the truth when nobody is near.</summary>
public sealed class EmployerInformedTests
{
    [Fact]
    public void The_employer_hears_yi_zhaoman_when_the_last_place_goes()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900700001");
        var job = scene.Post($"明天早上7点檀溪路要1个小工 一天200 电话{Scene.BossPhone}");
        scene.PushedTo(job, "13900700001");

        worker.Say("1");

        Assert.Equal(JobStatus.Filled, scene.Db.Jobs.Find(job.Id)!.Status);
        Assert.Contains(scene.BossNotices(), t => t.Contains("已招满1人", StringComparison.Ordinal) && t.Contains($"编号{job.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public void Jige_ren_jie_le_is_answered_per_post()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900700002");
        var job = scene.Post();
        scene.PushedTo(job, "13900700002");
        worker.Say("1");

        var reply = scene.Boss.Say("几个人接了");

        Assert.Contains($"编号{job.Id}", reply);
        Assert.Contains("已接1人，还差1人", reply);
    }

    [Theory]
    [InlineData("人招到了吗")]
    [InlineData("招满了吗")]
    [InlineData("招到人了没")]
    [InlineData("人够了没有")]
    public void Asking_whether_the_post_is_filled_is_answered_and_never_closes_it(string question)
    {
        using var scene = new Scene();
        var job = scene.Post();

        var reply = scene.Boss.Say(question);

        Assert.Contains($"编号{job.Id}", reply);
        Assert.Contains("还没人接", reply);
        Assert.DoesNotContain("已关闭", reply);
        Assert.Equal(Market.Jobs.JobStatus.Published, scene.Db.Jobs.Find(job.Id)!.Status);
    }

    [Fact]
    public void The_taker_notice_names_the_post_and_passes_the_takers_number()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900700003");
        var job = scene.Post();
        scene.PushedTo(job, "13900700003");

        worker.Say("1");

        var notice = Assert.Single(scene.BossNotices(), t => t.Contains("有人接单", StringComparison.Ordinal));
        Assert.Contains($"编号{job.Id}", notice);
        Assert.Contains("王师傅", notice);
        Assert.Contains("13900700003", notice);
    }

    [Fact]
    public void Zhaomanle_with_two_posts_asks_which_and_closes_only_that_one()
    {
        using var scene = new Scene();
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        var second = scene.Post($"后天8点檀溪路要1个电工 一天300 电话{Scene.BossPhone}");

        var ask = scene.Boss.Say("招满了");
        Assert.Contains("关闭哪条", ask);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.Find(second.Id)!.Status);

        scene.Boss.Say("2");

        Assert.Equal(JobStatus.Closed, scene.Db.Jobs.Find(first.Id)!.Status);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.Find(second.Id)!.Status);
    }

    [Fact]
    public void Buzhaole_with_one_post_closes_it()
    {
        using var scene = new Scene();
        var job = scene.Post();

        Assert.Contains("已关闭", scene.Boss.Say("不招了"));
        Assert.Equal(JobStatus.Closed, scene.Db.Jobs.Find(job.Id)!.Status);
    }

    [Fact]
    public void When_nobody_is_near_the_employer_hears_zanshi_meiyou()
    {
        using var scene = new Scene();
        var job = scene.Post();

        Scene.Eventually(() => scene.BossNotices().Any(t => t.Contains("暂时没有合适的工人", StringComparison.Ordinal)), "the employer heard nobody is near");
        Assert.Contains(scene.BossNotices(), t => t.Contains($"编号{job.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wechat_worker_without_a_phone_is_asked_for_one_before_taking()
    {
        using var scene = new Scene();
        var worker = scene.WeChat("o-informed-7");
        Assert.Contains("登记好了", worker.Say("会小工 住檀溪路 姓郑"));
        var job = scene.Post();
        Scene.Eventually(() => scene.Db.Pushes.OfJob(job.Id).Any(), "pushed");

        Assert.Equal(Replies.AskPhoneBeforeTaking, worker.Say("1"));
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);

        Assert.Contains("接单成功", worker.Say("13900700007"));
        var person = scene.Db.People.ByOpenId("o-informed-7")!;
        Assert.Equal("13900700007", person.Phone);
        Assert.Contains(person.Id, scene.Db.Jobs.Find(job.Id)!.TakerIds);
    }

    [Fact]
    public void A_job_in_wuhan_is_not_published()
    {
        using var scene = new Scene();

        var reply = scene.Boss.Say($"明早7点武汉光谷要2个小工 一天200 电话{Scene.BossPhone}");

        Assert.Contains("只发布襄阳市内的活", reply);
        Assert.DoesNotContain("确认发布", scene.Boss.Say("1"));
        Assert.Empty(scene.Db.Jobs.All());
    }

    [Fact]
    public void A_place_correction_at_the_summary_is_taken()
    {
        using var scene = new Scene();
        Assert.Contains("檀溪路", scene.Boss.Say($"明天7点檀溪路要2个小工 一天200 电话{Scene.BossPhone}"));

        var summary = scene.Boss.Say("不对 地方是人民广场");

        Assert.Contains("人民广场", summary);
        scene.Boss.Say("1");
        Assert.Contains("人民广场", Assert.Single(scene.Db.Jobs.All()).PlaceText);
    }

    [Fact]
    public void A_1_with_two_pushes_waiting_asks_which()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900700010");
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        scene.PushedTo(first, "13900700010");
        var second = scene.Post($"后天8点檀溪路要2个小工 一天220 电话{Scene.BossPhone}");
        scene.PushedTo(second, "13900700010");

        var ask = worker.Say("1");

        Assert.Contains("几个活还没回复", ask);
        Assert.Empty(scene.Db.Jobs.Find(first.Id)!.TakerIds);
        Assert.Empty(scene.Db.Jobs.Find(second.Id)!.TakerIds);
        worker.Say("接2");
        Assert.Single(scene.Db.Jobs.Find(first.Id)!.TakerIds);
    }

    [Fact]
    public void The_publish_reply_promises_no_workers_it_has_not_found()
    {
        using var scene = new Scene();
        scene.Boss.Say($"明天7点檀溪路要2个小工 一天200 电话{Scene.BossPhone}");

        var reply = scene.Boss.Say("1");

        Assert.DoesNotContain("会收到通知", reply);
        Assert.Contains("附近没有人都会告诉您", reply);
    }
}
