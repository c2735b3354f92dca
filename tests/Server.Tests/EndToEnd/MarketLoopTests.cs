using System.Text.RegularExpressions;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.EndToEnd;

public sealed partial class MarketLoopTests
{
    private const string Near = "13900000001";
    private const string AlsoNear = "13900000002";
    private const string Far = "13900000003";
    private const string BossOpenId = "o-loop-boss";
    private const string BossPhone = "13712345678";

    [Fact]
    public async Task A_post_reaches_the_worker_within_1500_m_not_the_one_3_km_away_and_the_first_taker_wins()
    {
        using var loop = new MarketLoop();
        await loop.Sms(Near, "会小工 住檀溪路 姓王");
        await loop.Sms(AlsoNear, "会小工 住檀溪");
        await loop.Sms(Far, "会小工 住人民广场");
        var far = loop.Db.People.ByPhone(Far)!.Worker!.Home!;
        var job = Gazetteer.Xiangyang.Find("檀溪路")!.Point;
        Assert.InRange(GeoMath.DistanceMeters(far, job), 2500, 5000);

        var summary = await loop.WeChat(BossOpenId, $"明天早上7点檀溪路要1个小工 一天200 电话{BossPhone}");
        Assert.Contains("回复1确认发布", summary);
        Assert.Contains("已发布", await loop.WeChat(BossOpenId, "1"));
        var post = Assert.Single(loop.Db.Jobs.All());

        await MarketLoop.Eventually(
            () => loop.Db.Outbox.All().Count(m => m.Purpose == "push" && m.State == OutboxState.Sent) == 2,
            "both near workers' pushes were sent and recorded");
        Assert.Contains(Near, loop.SentTo("JobPush"));
        Assert.Contains(AlsoNear, loop.SentTo("JobPush"));
        Assert.DoesNotContain(Far, loop.SentTo("JobPush"));
        var farId = loop.Db.People.ByPhone(Far)!.Id;
        Assert.Null(loop.Db.Pushes.ByKey(Push.KeyOf(post.Id, farId)));
        var push = loop.Db.Outbox.All().FirstOrDefault(m => m.Address == Near && m.Purpose == "push")!;
        Assert.Equal(OutboxState.Sent, push.State);
        Assert.Contains("回1接单", push.Text);
        Assert.DoesNotContain(BossPhone, push.Text);
        Assert.Equal(0, loop.Tencent.BadSignatures);

        await loop.Sms(Near, "1");

        var handover = loop.Db.Outbox.All().FirstOrDefault(m => m.Address == BossOpenId && m.Text.Contains(Near));
        Assert.NotNull(handover);
        Assert.Contains(loop.Db.Audit.Between(DateTime.MinValue, DateTime.MaxValue, oldestFirst: true), a => a.Action.Contains("handover", StringComparison.OrdinalIgnoreCase));
        var taken = loop.Db.Outbox.All().Where(m => m.Address == Near).Select(m => m.Text).ToList();
        Assert.Contains(taken, t => t.Contains(BossPhone, StringComparison.Ordinal));
        Assert.Equal(JobStatus.Filled, loop.Db.Jobs.Find(post.Id)!.Status);

        await loop.Sms(AlsoNear, "1");
        var late = loop.Db.Outbox.All().Where(m => m.Address == AlsoNear && m.Purpose == "reply").OrderBy(m => m.Id).Select(m => m.Text).Last();
        Assert.Contains("招满", late);
        Assert.DoesNotContain(BossPhone, string.Concat(loop.Db.Outbox.All().Where(m => m.Address == AlsoNear).Select(m => m.Text)));

        AssertNoFullPhoneOutsideHandover(loop);
    }

    [Fact]
    public async Task At_night_an_sms_push_waits_for_the_end_of_quiet_hours()
    {
        using var loop = new MarketLoop();
        await loop.Sms(Near, "会小工 住檀溪路");
        loop.Factory.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 14, 30, 0, TimeSpan.Zero)); // 22:30 China time

        await loop.WeChat(BossOpenId, $"明天早上7点檀溪路要1个小工 一天200 电话{BossPhone}");
        await loop.WeChat(BossOpenId, "1");

        await MarketLoop.Eventually(() => loop.Db.Outbox.All().Any(m => m.Address == Near && m.Purpose == "push"), "the push was planned");
        var push = loop.Db.Outbox.All().FirstOrDefault(m => m.Address == Near && m.Purpose == "push")!;
        Assert.Equal(OutboxState.Deferred, push.State);
        Assert.Equal(new DateTime(2026, 11, 26, 23, 0, 0, DateTimeKind.Utc), push.NotBefore!.Value.ToUniversalTime());
        Assert.DoesNotContain(Near, loop.SentTo("JobPush"));
    }

    /// <summary>第十四条: a full mobile number in an outbound message is allowed only in the accepted-job handover (and in a person's own replies about themselves, which carry none).</summary>
    private static void AssertNoFullPhoneOutsideHandover(MarketLoop loop)
    {
        foreach (var message in loop.Db.Outbox.All())
        {
            if (message.Template is "TakerFound" or "JobTaken")
            {
                continue;
            }

            Assert.False(Mobile().IsMatch(message.Text), $"full number in {message.Template} to {message.Address}: {message.Text}");
        }
    }

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();
}
