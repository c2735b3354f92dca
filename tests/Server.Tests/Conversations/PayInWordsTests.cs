using ZeroWork.Bot.Conversations;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 item 6: pay as people say it, in the post dialogue — words, 块, 一共, 包活, ranges — and no unit forced on a bare amount, no headcount taken from 一人三百.</summary>
public sealed class PayInWordsTests
{
    private static Chat AskedForPay(Scene scene, string openId)
    {
        var boss = scene.WeChat(openId);
        Assert.Equal(Replies.AskPay, boss.Say("明天早上7点檀溪路要2个小工 电话13712349999"));
        return boss;
    }

    [Fact]
    public void Yibaiwu_is_150_and_the_unit_is_asked_not_assumed()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-1");

        var unit = boss.Say("一百五");
        Assert.Contains("150元是一天的", unit);

        var summary = boss.Say("1");
        Assert.Contains("一天150元", summary);
        boss.Say("确认");
        var job = Assert.Single(scene.Db.Jobs.FindAll());
        Assert.Equal(150m, job.PayMin);
        Assert.Equal("day", job.PayUnit);
    }

    [Fact]
    public void A_150_kuai_answered_yigong_is_a_whole_job_price()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-2");

        boss.Say("150块");
        var summary = boss.Say("2");

        Assert.Contains("包工150元", summary);
        boss.Say("1");
        Assert.Equal("job", Assert.Single(scene.Db.Jobs.FindAll()).PayUnit);
    }

    [Fact]
    public void Yigong_gei_150_kuai_qian_bushi_an_tian_needs_no_second_question()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-3");

        var summary = boss.Say("一共给150块钱 不是按天");

        Assert.Contains("包工150元", summary);
        Assert.Contains("确认发布", summary);
    }

    [Fact]
    public void Bashi_kuai_is_80()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-4");

        boss.Say("八十块");
        var summary = boss.Say("一天");

        Assert.Contains("一天80元", summary);
    }

    [Fact]
    public void Yiren_sanbai_is_pay_per_head_and_keeps_the_headcount()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-5");

        // The reader may take 一人三百 as a day's pay at once (the summary) or ask whether it is per day first ("1" confirms the unit).
        var reply = boss.Say("一人三百");
        var summary = reply?.StartsWith("请确认招工信息", StringComparison.Ordinal) == true ? reply : boss.Say("1");

        Assert.Contains("小工2人", summary);
        // 一人三百 is a price per head; whether per day or for the whole job the reader decides (it reads a per-head price without a
        // time unit as the whole job's, as the board set is labelled). What this finding was about is the headcount and the amount.
        Assert.Contains("300元", summary);
    }

    [Fact]
    public void Baohuo_2000_is_a_whole_job_price()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-6");

        Assert.Contains("包工2000元", boss.Say("包活 2000"));
    }

    [Fact]
    public void A_range_150_dao_200_is_kept_as_a_range()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-7");

        boss.Say("150到200");
        var summary = boss.Say("1");

        Assert.Contains("一天150-200元", summary);
        boss.Say("1");
        var job = Assert.Single(scene.Db.Jobs.FindAll());
        Assert.Equal((150m, 200m), (job.PayMin!.Value, job.PayMax!.Value));
    }

    [Fact]
    public void A_bare_180_is_not_forced_to_a_day()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-8");

        var reply = boss.Say("180");

        Assert.Equal(Replies.AskPayUnit("180元"), reply);
        Assert.Equal("pay_unit", scene.Db.Conversations.FindById("wechat:o-pay-8").Asking);
    }

    [Fact]
    public void A_day_rate_in_the_reply_needs_no_unit_question()
    {
        using var scene = new Scene();
        var boss = AskedForPay(scene, "o-pay-9");

        Assert.Contains("一天150-200元", boss.Say("一天150到200"));
    }
}
