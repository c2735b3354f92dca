using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 7: common phrasings — free days as a new day or a range, "接1" after a search, confirmations however written.</summary>
public sealed class PhrasingTests
{
    [Fact]
    public void Mingtian_meikong_le_xialibaiyi_youkong_moves_the_free_day_and_declines_nothing()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900600001", "明天有空 会小工 住檀溪路 姓吴");
        var job = scene.Post();
        scene.PushedTo(job, "13900600001");

        var reply = worker.Say("明天没空了 下礼拜一有空");

        Assert.Contains("记下了", reply);
        var free = scene.Person("13900600001").Worker!.FreeDates;
        Assert.Contains("2026-11-30", free);
        Assert.DoesNotContain("2026-11-27", free);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900600001").State);
    }

    [Fact]
    public void Houtian_kaishi_dou_youkong_is_a_range_of_days()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900600002");

        var reply = worker.Say("后天开始都有空");

        Assert.Contains("11月28日(周六)起都有空", reply);
        var free = scene.Person("13900600002").Worker!.FreeDates;
        Assert.Equal(14, free.Count);
        Assert.Equal("2026-11-28", free[0]);
        Assert.Equal("2026-12-11", free[^1]);
    }

    [Fact]
    public void A_registration_saying_cong_houtian_kaishi_stores_the_range()
    {
        using var scene = new Scene();
        var worker = scene.Sms("13900600003");

        Assert.Contains("起都有空", worker.Say("从后天开始都有空 会瓦工 住七里河 姓陈"));
        Assert.Equal(14, scene.Person("13900600003").Worker!.FreeDates.Count);
    }

    [Fact]
    public void Jie1_after_a_search_takes_the_first_job()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900600004");
        var job = scene.Post();
        scene.PushedTo(job, "13900600004");
        Assert.Contains("接1", worker.Say("附近有什么活"));

        var reply = worker.Say("接1");

        Assert.Contains("接单成功", reply);
        Assert.Contains(scene.Person("13900600004").Id, scene.Db.Jobs.FindById(job.Id).TakerIds);
    }

    [Fact]
    public void A_bare_number_right_after_the_search_list_takes_that_job()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900600005");
        var job = scene.Post();
        scene.PushedTo(job, "13900600005");
        worker.Say("搜 小工");

        Assert.Contains("接单成功", worker.Say("1"));
        Assert.Single(scene.Db.Jobs.FindById(job.Id).TakerIds);
    }

    [Theory]
    [InlineData("确认。")]
    [InlineData("确认发布")]
    [InlineData("好的 发吧")]
    [InlineData("可以，没问题")]
    [InlineData("行 发布吧")]
    public void A_confirmation_however_written_publishes(string yes)
    {
        using var scene = new Scene();
        Assert.Contains("确认发布", scene.Boss.Say($"明天7点檀溪路要2个小工 一天200 电话{Scene.BossPhone}"));

        Assert.Contains("已发布", scene.Boss.Say(yes));
        Assert.Equal(JobStatus.Published, Assert.Single(scene.Db.Jobs.FindAll()).Status);
    }

    [Fact]
    public void Bufale_at_the_summary_is_not_a_yes()
    {
        using var scene = new Scene();
        scene.Boss.Say($"明天7点檀溪路要2个小工 一天200 电话{Scene.BossPhone}");

        scene.Boss.Say("不发了");

        Assert.Empty(scene.Db.Jobs.FindAll());
    }

    [Fact]
    public void Gongzi_hai_meijie_ne_from_a_worker_is_a_complaint()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900600008");

        Assert.Contains("已收到", worker.Say("上个礼拜的工资还没结呢"));
        Assert.Single(scene.Db.Consultations.FindAll());
    }
}
