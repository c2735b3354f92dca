using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 1: a question about a pushed job is answered from the job and never accepts, declines or starts a flow.</summary>
public sealed class AskBeforeActingTests
{
    [Fact]
    public void Baozhu_ma_is_answered_about_a_bed_not_meals_and_takes_nothing()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100031");
        var job = scene.Post();
        scene.PushedTo(job, "13900100031");

        var reply = worker.Say("包住吗");

        Assert.Contains("包不包住雇主没说", reply);
        Assert.DoesNotContain("管饭", reply);
        Assert.EndsWith("回1接单 回2不去", reply);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900100031").State);
    }

    [Fact]
    public void Yebanbu_jidiandaojidian_after_a_push_is_answered_and_takes_nothing()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100001");
        var job = scene.Post();
        scene.PushedTo(job, "13900100001");

        var reply = worker.Say("夜班不 几点到几点");

        Assert.Contains("时间：", reply);
        Assert.Contains("7:00", reply);
        Assert.Contains("雇主没说是夜班", reply);
        Assert.EndsWith("回1接单 回2不去", reply);
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900100001").State);
        Assert.DoesNotContain(scene.BossNotices(), t => t.Contains("有人接单", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_exactly_meals_and_pay_day_in_one_message_never_opens_the_post_flow()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100002");
        var job = scene.Post();
        scene.PushedTo(job, "13900100002");

        var reply = worker.Say("檀溪路哪个位置 包吃吗 几点结账");

        Assert.Contains("地点：檀溪路", reply);
        Assert.Contains("管不管饭雇主没说", reply);
        Assert.Contains("什么时候结雇主没说", reply);
        Assert.Single(scene.Db.Jobs.All());
        Assert.Null(scene.Db.Conversations.Find("sms:13900100002")!.Flow);
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900100002").State);
    }

    [Fact]
    public void Meals_shift_and_pay_day_the_employer_gave_are_stored_and_answer_the_question()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100003", "会搬运 住檀溪路 姓刘");
        var job = scene.Post($"后天晚上8点檀溪路要2个搬运 一天200 夜班 管饭 当天结账 电话{Scene.BossPhone}");
        Assert.Equal("管饭", job.Meals);
        Assert.Equal("夜班", job.Shift);
        Assert.Equal("当天结账", job.PayDay);
        scene.PushedTo(job, "13900100003");

        var reply = worker.Say("管饭不？当天能结吗");

        Assert.Contains("管饭", reply);
        Assert.Contains("当天结账", reply);
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);
    }

    [Fact]
    public void Asking_for_the_bosss_number_before_taking_gets_no_number()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100004");
        var job = scene.Post();
        scene.PushedTo(job, "13900100004");

        var reply = worker.Say("老板电话多少");

        Assert.DoesNotContain(Scene.BossPhone, reply);
        Assert.Contains("接单后发给您", reply);
        Assert.DoesNotContain(scene.Db.Outbox.All(), m => m.Address == "13900100004" && m.Text.Contains(Scene.BossPhone, StringComparison.Ordinal));
    }

    [Fact]
    public void How_much_a_day_is_answered_with_the_pay()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100005");
        var job = scene.Post();
        scene.PushedTo(job, "13900100005");

        Assert.Contains("一天200元", worker.Say("一天给多少钱？"));
        Assert.Equal(PushState.Queued, scene.PushedTo(job, "13900100005").State);
    }

    [Fact]
    public void A_question_then_1_takes_the_job_only_on_the_1()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100006");
        var job = scene.Post();
        scene.PushedTo(job, "13900100006");

        worker.Say("是在檀溪路吗");
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);

        Assert.Contains("接单成功", worker.Say("1"));
        Assert.Equal([scene.Person("13900100006").Id], scene.Db.Jobs.Find(job.Id)!.TakerIds);
    }

    [Fact]
    public void The_push_says_reply_1_to_take_and_2_to_pass()
    {
        using var scene = new Scene();
        scene.Worker("13900100007");
        var job = scene.Post();
        var push = scene.PushedTo(job, "13900100007");

        var text = scene.Db.Outbox.Find(push.OutboxId!.Value)!.Text;

        Assert.Contains("回1接单 回2不去", text);
    }

    [Fact]
    public void A_workers_question_without_any_push_is_searched_not_posted()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100008");

        var reply = worker.Say("檀溪路哪个位置要人 包吃吗");

        Assert.DoesNotContain("请问是什么活", reply);
        Assert.DoesNotContain("确认发布", reply);
        Assert.NotEqual(Flows.Post, scene.Db.Conversations.Find("sms:13900100008")!.Flow);
        Assert.Empty(scene.Db.Jobs.All());
    }

    [Fact]
    public void Haode_jidiandao_with_a_question_in_it_does_not_accept()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900100009");
        var job = scene.Post();
        scene.PushedTo(job, "13900100009");

        var reply = worker.Say("好的 几点到？");

        Assert.Contains("7:00", reply);
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);
    }

    [Fact]
    public void A_wechat_worker_asking_where_gets_the_map_link()
    {
        using var scene = new Scene();
        var worker = scene.WeChat("o-ask-10");
        Assert.Contains("登记好了", worker.Say("会小工 住檀溪路 姓赵 电话13900100010"));
        var job = scene.Post();
        scene.PushedTo(job, "13900100010");

        var reply = worker.Say("具体在哪里？");

        Assert.Contains("uri.amap.com", reply);
        Assert.Empty(scene.Db.Jobs.Find(job.Id)!.TakerIds);
    }
}
