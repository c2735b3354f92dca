using ZeroWork.Bot.Conversations;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;

namespace ZeroWork.Server.Tests.Conversations;

public sealed class ConversationTests
{
    [Fact]
    public void A_post_in_one_message_goes_straight_to_the_summary_and_1_publishes_it()
    {
        using var factory = new ZeroWorkFactory();
        var boss = new Chat(factory, Channel.WeChat, "o-boss-1");

        var summary = boss.Say("明早7点檀溪路工地要俩小工 180一天 电话139 1234 5678");

        Assert.Contains("回复1确认发布", summary);
        Assert.Contains("小工2人", summary);
        Assert.Contains("139****5678", summary);
        Assert.DoesNotContain("13912345678", summary);

        var done = boss.Say("1");

        Assert.Contains("已发布", done);
        var job = Assert.Single(factory.Db.Jobs.FindAll());
        Assert.Equal(JobStatus.Published, job.Status);
        Assert.Equal(["construction_helper"], job.Skills);
        Assert.Equal(2, job.Headcount);
        Assert.Equal(180m, job.PayMin);
        Assert.Equal("2026-11-27", job.WorkDate);
        Assert.Equal("07:00", job.StartTime);
        Assert.Equal("13912345678", job.ContactPhone);
        Assert.NotNull(job.Point);
        Assert.True(GeoMath.IsInXiangyang(job.Point));
        Assert.Equal(Channel.WeChat, job.Collector.Channel);
        Assert.False(string.IsNullOrEmpty(job.Collector.StationId));
    }

    [Fact]
    public void A_post_over_several_turns_asks_only_for_what_is_missing_and_takes_a_pin_and_a_correction()
    {
        using var factory = new ZeroWorkFactory();
        var boss = new Chat(factory, Channel.WeChat, "o-boss-2");

        Assert.Equal(Replies.AskPlace, boss.Say("要个电工"));
        Assert.Equal(Replies.AskDate, boss.Pin(112.1362, 32.0421, "樊城区人民广场"));
        Assert.Equal(Replies.AskPay, boss.Say("明天上午9点"));
        Assert.Equal(Replies.AskPhone, boss.Say("一天250"));
        Assert.Contains("电工1人", boss.Say("13800001111"));

        var corrected = boss.Say("改成3个人");
        Assert.Contains("电工3人", corrected);
        Assert.Contains("回复1确认发布", corrected);

        boss.Say("1");
        var job = Assert.Single(factory.Db.Jobs.FindAll());
        Assert.Equal(3, job.Headcount);
        Assert.Equal(112.1362, job.Point!.Lng, 4);
        Assert.Equal("樊城区人民广场", job.PlaceText);
        Assert.Equal(250m, job.PayMax);
    }

    [Fact]
    public void A_risky_post_waits_for_review_instead_of_going_out()
    {
        using var factory = new ZeroWorkFactory();
        var boss = new Chat(factory, Channel.WeChat, "o-boss-3");

        boss.Say("明天樊城要5个普工 一天150 先交200押金 电话13700002222");
        var reply = boss.Say("1");

        Assert.Contains("审核", reply);
        var job = Assert.Single(factory.Db.Jobs.FindAll());
        Assert.Equal(JobStatus.PendingReview, job.Status);
        Assert.Contains(job.RiskFlags, f => f.Contains("押金", StringComparison.Ordinal));
    }

    [Fact]
    public void A_worker_registers_by_sms_in_one_message_and_the_reply_goes_to_the_outbox()
    {
        using var factory = new ZeroWorkFactory();
        var worker = new Chat(factory, Channel.Sms, "13900001234");

        var reply = worker.Say("明天有空 会瓦工 住七里河 一天两百");

        Assert.Contains("登记好了", reply);
        var person = Assert.Single(factory.Db.People.Find(p => p.Phone == "13900001234"));
        Assert.Equal(["bricklayer"], person.Worker!.Skills);
        Assert.Equal(200m, person.Worker.PayWanted);
        Assert.Equal(["2026-11-27"], person.Worker.FreeDates);
        Assert.True(GeoMath.IsInXiangyang(person.Worker.Home!));
        var sms = Assert.Single(factory.Db.Outbox.Find(m => m.Address == "13900001234" && m.Purpose == "reply"));
        Assert.Equal(OutboxChannel.Sms, sms.Channel);
        Assert.Equal([reply!], sms.Variables);
        Assert.Equal(MessageTemplates.Reply.Render([reply!]), sms.Text);
    }

    [Fact]
    public void A_worker_without_details_is_asked_one_thing_at_a_time()
    {
        using var factory = new ZeroWorkFactory();
        var worker = new Chat(factory, Channel.Sms, "13900002345");

        Assert.Equal(Replies.AskWorkerSkill, worker.Say("1"));
        Assert.Equal(Replies.AskHome, worker.Say("搬运"));
        Assert.Contains("登记好了", worker.Say("太平店"));
        Assert.True(factory.Db.People.FindOne(p => p.Phone == "13900002345").IsWorker);
    }

    [Fact]
    public void An_unknown_first_message_gets_the_short_fallback_and_a_greeting_the_menu()
    {
        using var factory = new ZeroWorkFactory();
        var someone = new Chat(factory, Channel.Sms, "13900003456");

        Assert.Equal(Replies.Fallback, someone.Say("嗯嗯"));
        Assert.Equal(Replies.Menu, someone.Say("你好"));
    }

    [Fact]
    public void T_stops_pushes_once_and_zhaohuo_resumes_them()
    {
        using var factory = new ZeroWorkFactory();
        var worker = new Chat(factory, Channel.Sms, "13900004567");
        worker.Say("会电工 住樊城");

        Assert.Equal(Replies.OptedOut, worker.Say("T"));
        Assert.True(factory.Db.People.FindOne(p => p.Phone == "13900004567").OptedOut);
        Assert.Null(worker.Say("退订"));

        var back = worker.Say("找活");
        Assert.StartsWith(Replies.Resumed, back);
        Assert.False(factory.Db.People.FindOne(p => p.Phone == "13900004567").OptedOut);
    }

    [Fact]
    public void A_retry_gets_the_same_answer_and_changes_nothing()
    {
        using var factory = new ZeroWorkFactory();
        var boss = new Chat(factory, Channel.WeChat, "o-boss-4");
        var message = new InboundEnvelope { Kind = "text", Text = "要个电工", DedupeKey = "wx:1234567890" };

        var first = boss.Raw(message with { Channel = Channel.WeChat, From = "o-boss-4" });
        var retry = boss.Raw(message with { Channel = Channel.WeChat, From = "o-boss-4" });

        Assert.False(first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Equal(first.Reply, retry.Reply);
        Assert.Equal(1, factory.Db.Inbound.Count());
    }

    [Fact]
    public void A_rights_question_opens_a_consultation_at_the_responsible_station()
    {
        using var factory = new ZeroWorkFactory();
        var worker = new Chat(factory, Channel.Sms, "13900005678");

        var reply = worker.Say("在樊城工地干了五天 老板欠我工钱不给");

        Assert.Contains("已转给", reply);
        var consultation = Assert.Single(factory.Db.Consultations.FindAll());
        Assert.Equal(ConsultationKind.LabourRights, consultation.Kind);
        Assert.Contains("欠我工钱", consultation.Thread[0].Text);
    }

    [Fact]
    public void Asking_for_a_person_hands_the_chat_over_with_its_history()
    {
        using var factory = new ZeroWorkFactory();
        var someone = new Chat(factory, Channel.WeChat, "o-user-5");
        someone.Say("你好");

        var reply = someone.Say("人工");

        Assert.Contains("转人工", reply);
        var consultation = Assert.Single(factory.Db.Consultations.FindAll());
        Assert.Equal(ConsultationKind.Handover, consultation.Kind);
        Assert.Contains(consultation.Thread, m => m.Text.Contains("你好", StringComparison.Ordinal));
    }

    [Fact]
    public void An_idle_dialogue_expires_after_thirty_minutes()
    {
        using var factory = new ZeroWorkFactory();
        var boss = new Chat(factory, Channel.WeChat, "o-boss-6");
        Assert.Equal(Replies.AskPlace, boss.Say("要个电工"));

        factory.Time.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(Replies.Fallback, boss.Say("嗯嗯"));
    }

    [Fact]
    public void Voice_without_recognition_and_images_get_polite_replies()
    {
        using var factory = new ZeroWorkFactory();
        var user = new Chat(factory, Channel.WeChat, "o-user-7");

        Assert.Equal(Replies.VoiceNotRecognised, user.Voice(recognition: ""));
        Assert.Contains("登记", user.Voice("明天有空 会电工 住樊城") ?? "");
        Assert.Equal(Replies.MediaNotSupported, user.Image());
        Assert.Equal(Replies.Welcome, user.Event("subscribe"));
    }

    [Fact]
    public void Activity_is_stamped_to_the_minute_without_rewriting_the_person_on_every_message()
    {
        using var factory = new ZeroWorkFactory();
        var worker = new Chat(factory, Channel.WeChat, "o-active-1");
        Person Stored() => factory.Db.People.FindOne(p => p.OpenId == "o-active-1");

        worker.Say("你好");
        var first = Stored().LastWeChatAt;
        Assert.Equal(factory.Time.GetUtcNow().UtcDateTime, first!.Value.ToUniversalTime());

        factory.Time.Advance(TimeSpan.FromSeconds(30));
        worker.Say("你好");
        Assert.Equal(first, Stored().LastWeChatAt);
        Assert.Equal(first, Stored().LastActiveAt);

        factory.Time.Advance(TimeSpan.FromSeconds(31));
        worker.Say("你好");
        Assert.Equal(factory.Time.GetUtcNow().UtcDateTime, Stored().LastWeChatAt!.Value.ToUniversalTime());
        Assert.Equal(factory.Time.GetUtcNow().UtcDateTime, Stored().LastActiveAt!.Value.ToUniversalTime());
    }
}
