using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 2: one honest way out of every flow, role sense, "2" means no, edits after publishing change the post.</summary>
public sealed class WayOutTests
{
    [Fact]
    public void Wo_bu_zhaogong_wo_shi_zhaohuo_de_inside_a_post_switches_to_registration()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900200001");
        Assert.Equal(Replies.AskPlace, someone.Say("要个电工"));

        var reply = someone.Say("我不招工 我是找活的");

        Assert.StartsWith("好的，不发招工。", reply);
        Assert.DoesNotContain("请问是什么活", reply);
        Assert.Equal(Flows.Register, scene.Db.Conversations.FindById("sms:13900200001").Flow);
        Assert.Contains("登记好了", someone.Say("住檀溪路"));
        Assert.Empty(scene.Db.Jobs.FindAll());
        Assert.True(scene.Person("13900200001").IsWorker);
    }

    [Fact]
    public void Gaocuole_quxiao_leaves_the_post_and_says_nothing_was_published()
    {
        using var scene = new Scene();
        var boss = scene.WeChat("o-way-2");
        boss.Say("明天檀溪路要两个小工");

        Assert.Equal(Replies.PostAbandoned, boss.Say("搞错了 取消"));
        Assert.Null(scene.Db.Conversations.FindById("wechat:o-way-2").Flow);
        Assert.Empty(scene.Db.Jobs.FindAll());
        Assert.Equal(Replies.Fallback, boss.Say("嗯嗯"));
    }

    [Fact]
    public void Bushi_at_the_summary_abandons_the_post()
    {
        using var scene = new Scene();
        var boss = scene.WeChat("o-way-3");
        Assert.Contains("确认发布", boss.Say("明天7点檀溪路要2个小工 一天200 电话13712340003"));

        Assert.Equal(Replies.PostAbandoned, boss.Say("不是"));
        Assert.Empty(scene.Db.Jobs.FindAll());
    }

    [Fact]
    public void A_2_with_nothing_pending_is_a_no_and_never_opens_the_post_flow()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900200004");

        var reply = worker.Say("2");

        Assert.DoesNotContain("招什么工", reply);
        Assert.Contains("没有待回复", reply);
        Assert.Null(scene.Db.Conversations.FindById("sms:13900200004").Flow);
    }

    [Fact]
    public void A_2_after_a_push_declines_it()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900200005");
        var job = scene.Post();
        scene.PushedTo(job, "13900200005");

        Assert.Contains("不给您留了", worker.Say("2"));
        Assert.Equal(PushState.Declined, scene.PushedTo(job, "13900200005").State);
        Assert.Null(scene.Db.Conversations.FindById("sms:13900200005").Flow);
    }

    [Fact]
    public void A_2_right_after_the_menu_still_chooses_zhaogong()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900200006");
        Assert.Equal(Replies.Menu, someone.Say("你好"));

        Assert.Equal(Replies.AskPostDetails, someone.Say("2"));
        Assert.Equal(Flows.Post, scene.Db.Conversations.FindById("sms:13900200006").Flow);
    }

    [Fact]
    public void Gongqian_gaicheng_yitian_350_after_publishing_changes_the_post_not_a_registration()
    {
        using var scene = new Scene();
        var job = scene.Post();

        var reply = scene.Boss.Say("工钱改成一天350");

        Assert.Contains("已改好", reply);
        Assert.Contains("一天350元", reply);
        var changed = scene.Db.Jobs.FindById(job.Id);
        Assert.Equal(350m, changed.PayMin);
        Assert.Equal(JobStatus.Published, changed.Status);
        Assert.False(scene.Db.People.FindOne(p => p.OpenId == Scene.BossOpenId).IsWorker);
    }

    [Fact]
    public void Gaicheng_3_ge_ren_after_publishing_changes_the_headcount()
    {
        using var scene = new Scene();
        var job = scene.Post();

        Assert.Contains("3人", scene.Boss.Say("改成3个人"));
        Assert.Equal(3, scene.Db.Jobs.FindById(job.Id).Headcount);
    }

    [Fact]
    public void An_edit_that_vetting_flags_holds_the_post_for_review_again()
    {
        using var scene = new Scene();
        var job = scene.Post();

        var reply = scene.Boss.Say("工钱改成一天5000");

        Assert.Contains("重新审核", reply);
        var held = scene.Db.Jobs.FindById(job.Id);
        Assert.Equal(JobStatus.PendingReview, held.Status);
        Assert.NotEmpty(held.RiskFlags);
    }

    [Fact]
    public void Zero_after_publishing_never_claims_the_post_was_cancelled()
    {
        using var scene = new Scene();
        var job = scene.Post();

        var reply = scene.Boss.Say("0");

        Assert.DoesNotContain("已取消", reply);
        Assert.Equal(JobStatus.Published, scene.Db.Jobs.FindById(job.Id).Status);
    }

    [Fact]
    public void Wo_shi_zhaogong_de_inside_a_registration_switches_to_the_post()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900200011");
        Assert.Equal(Replies.AskWorkerSkill, someone.Say("1"));

        var reply = someone.Say("我是招工的 明天要两个小工");

        Assert.StartsWith("好的，不登记找活。", reply);
        Assert.Equal(Flows.Post, scene.Db.Conversations.FindById("sms:13900200011").Flow);
        Assert.False(scene.Person("13900200011").IsWorker);
    }

    [Fact]
    public void Suanle_in_a_registration_saves_nothing()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900200012");
        Assert.Equal(Replies.AskHome, someone.Say("会电工"));

        Assert.Equal(Replies.RegisterAbandoned, someone.Say("算了"));
        Assert.False(scene.Person("13900200012").IsWorker);
    }

    [Fact]
    public void An_edit_with_two_posts_asks_which_and_changes_the_one_picked()
    {
        using var scene = new Scene();
        var first = scene.Post();
        scene.Boss.Say("汉江建筑");
        var second = scene.Post($"后天8点檀溪路要1个电工 一天300 电话{Scene.BossPhone}");

        var ask = scene.Boss.Say("工钱改成一天320");
        Assert.Contains("改哪条", ask);

        var reply = scene.Boss.Say("1");

        Assert.Contains("已改好", reply);
        Assert.Equal(320m, scene.Db.Jobs.FindById(second.Id).PayMin);
        Assert.Equal(200m, scene.Db.Jobs.FindById(first.Id).PayMin);
    }
}
