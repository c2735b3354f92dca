using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>#16 items 8–9 and #17 item 5: how people are called, what the taker reads, push length, the short fallback, names asked for (第七条).</summary>
public sealed class WordingTests
{
    [Fact]
    public void Li_jie_is_shown_as_li_jie_not_li_shifu()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900800001");
        var job = scene.Post($"明天早上7点檀溪路要2个小工 一天200 联系李姐 电话{Scene.BossPhone}");
        Assert.Equal("李姐", job.ContactName);
        scene.PushedTo(job, "13900800001");

        var reply = worker.Say("1");

        Assert.Contains("李姐电话", reply);
        Assert.DoesNotContain("李师傅", reply);
    }

    [Fact]
    public void Without_a_contact_name_the_taker_reads_guzhu_dianhua_not_lianxiren_guzhu()
    {
        using var scene = new Scene();
        var worker = scene.Worker("13900800002");
        var job = scene.Post();
        scene.PushedTo(job, "13900800002");

        var reply = worker.Say("1");

        Assert.Contains("雇主电话" + Scene.BossPhone, reply);
        Assert.DoesNotContain("联系人雇主", reply);
    }

    [Theory]
    [InlineData("明天早上7点檀溪路要2个小工 一天200 电话13712345678")]
    [InlineData("后天下午2点檀溪路要3个搬运 一天180到220 电话13712345678")]
    [InlineData("明天檀溪路工地要2个小工 每小时25 电话13712345678")]
    public void An_sms_push_fits_one_part_with_the_signature(string post)
    {
        using var scene = new Scene();
        scene.Worker("13900800003", "会小工 会搬运 住檀溪路 姓何");
        var job = scene.Post(post);

        var push = scene.PushedTo(job, "13900800003");
        var text = scene.Db.Outbox.FindById(push.OutboxId!.Value).Text;

        Assert.True(SmsSegments.Count("襄阳零工", text) == 1, $"{SmsSegments.Length(SmsSegments.Signed("襄阳零工", text))} characters: {text}");
        Assert.Contains("回1接单 回2不去", text);
        Assert.Contains("/go/" + job.Id, text);
    }

    [Fact]
    public void What_is_not_understood_gets_a_short_reply_with_three_ways_on()
    {
        using var scene = new Scene();
        var someone = scene.Sms("13900800004");

        var reply = someone.Say("嗯嗯嗯");

        Assert.Equal(Replies.Fallback, reply);
        Assert.True(reply!.Length <= 50, reply);
        Assert.Equal(3, reply.Split('，').Length);
    }

    [Fact]
    public void After_publishing_the_employer_is_asked_for_the_unit_and_it_lands_on_the_post()
    {
        using var scene = new Scene();
        scene.Boss.Say($"明天7点檀溪路要2个小工 一天200 电话{Scene.BossPhone}");
        Assert.Contains("用工方怎么称呼", scene.Boss.Say("1"));

        Assert.Contains("汉江建筑公司", scene.Boss.Say("汉江建筑公司"));

        Assert.Equal("汉江建筑公司", Assert.Single(scene.Db.Jobs.FindAll()).EmployerName);
        Assert.Equal("汉江建筑公司", scene.Db.People.FindOne(p => p.OpenId == Scene.BossOpenId).Employer!.UnitName);
    }

    [Fact]
    public void After_registering_without_a_name_the_worker_is_asked_and_xingli_is_kept()
    {
        using var scene = new Scene();
        var worker = scene.Sms("13900800006");
        Assert.Contains(Replies.AskWorkerName, worker.Say("会电工 住樊城"));

        Assert.Contains("李师傅", worker.Say("姓李"));

        Assert.Equal("李", scene.Person("13900800006").Name);
    }

    [Fact]
    public void A_question_instead_of_a_name_is_answered_as_itself()
    {
        using var scene = new Scene();
        var worker = scene.Sms("13900800007");
        worker.Say("会电工 住樊城");

        worker.Say("我的活");

        Assert.Null(scene.Person("13900800007").Name);
    }
}
