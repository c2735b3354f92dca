using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>A small market for scripted dialogues: a fresh host, workers who registered by SMS near 檀溪路, an employer on WeChat, and waits for the Matcher's background work (bounded, never a fixed sleep).</summary>
internal sealed class Scene : IDisposable
{
    public const string BossOpenId = "o-scene-boss";
    public const string BossPhone = "13712345678";

    public Scene()
    {
        Factory = new ZeroWorkFactory();
        Boss = new Chat(Factory, Channel.WeChat, BossOpenId);
    }

    public ZeroWorkFactory Factory { get; }

    public Market.Storage.MarketDb Db => Factory.Db;

    public Chat Boss { get; }

    public Chat Sms(string phone) => new(Factory, Channel.Sms, phone);

    public Chat WeChat(string openId) => new(Factory, Channel.WeChat, openId);

    /// <summary>A worker registered by SMS, with a name so no follow-up question is pending.</summary>
    public Chat Worker(string phone, string registration = "会小工 住檀溪路 姓王")
    {
        var chat = Sms(phone);
        Assert.Contains("登记好了", chat.Say(registration));
        return chat;
    }

    public Person Person(string phone) => Db.People.FindOne(p => p.Phone == phone);

    /// <summary>The employer posts in one message and confirms; returns the stored post.</summary>
    public JobPost Post(string text = $"明天早上7点檀溪路要2个小工 一天200 电话{BossPhone}", Chat? boss = null)
    {
        boss ??= Boss;
        var summary = boss.Say(text);
        Assert.Contains("回复1确认发布", summary);
        var done = boss.Say("1");
        Assert.Contains("编号", done);
        return Db.Jobs.FindAll().OrderByDescending(j => j.Id).First();
    }

    /// <summary>Waits until the Matcher pushed the post to the worker.</summary>
    public Push PushedTo(JobPost job, string phone)
    {
        var id = Person(phone).Id;
        Eventually(() => Db.Pushes.Exists(p => p.JobId == job.Id && p.WorkerId == id), $"job {job.Id} pushed to {phone}");
        return Db.Pushes.FindOne(p => p.JobId == job.Id && p.WorkerId == id);
    }

    /// <summary>Texts the employer got through the outbox (notices, not replies to their own messages).</summary>
    public IReadOnlyList<string> BossNotices() => [.. Db.Outbox.Find(m => m.Address == BossOpenId).OrderBy(m => m.Id).Select(m => m.Text)];

    public IReadOnlyList<OutboxMessage> OutboxTo(string address) => [.. Db.Outbox.Find(m => m.Address == address).OrderBy(m => m.Id)];

    public static void Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting until " + what);
            }

            Thread.Sleep(20);
        }
    }

    public void Dispose() => Factory.Dispose();
}
