using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Sms;

/// <summary>The Tencent callbacks through the real host: protocol behaviour only, not the conversation's wording.</summary>
public sealed class SmsCallbackTests
{
    private const string ReplyPath = "/hooks/sms/" + SmsHostFactory.Key + "/reply";
    private const string StatusPath = "/hooks/sms/" + SmsHostFactory.Key + "/status";

    [Fact]
    public async Task A_reply_is_stored_once_and_acknowledged_and_a_repeat_is_deduplicated()
    {
        using var app = new SmsHostFactory();
        var client = app.CreateClient();
        const string body = """{"extend":"","mobile":"13800138000","nationcode":"86","sign":"襄阳零工","text":"明天早上7点能来","time":1764118800}""";

        var first = await Post(client, ReplyPath, body);
        var again = await Post(client, ReplyPath, body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("""{"result":0,"errmsg":"OK"}""", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = Assert.Single(Db(app).Inbound.All());
        Assert.Equal(Channel.Sms, stored.Channel);
        Assert.Equal("13800138000", stored.From);
        Assert.Equal("sms:13800138000|1764118800|明天早上7点能来", stored.DedupeKey);
        Assert.Equal("明天早上7点能来", stored.Text);
    }

    [Fact]
    public async Task An_array_of_replies_stores_each_one()
    {
        using var app = new SmsHostFactory();
        const string body = """[{"mobile":"13800138000","nationcode":"86","text":"1","time":1764118800},{"mobile":"+8613900139000","text":"找活","time":"1764118801","unknown_field":{"x":1}}]""";

        var response = await Post(app.CreateClient(), ReplyPath, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["13800138000", "13900139000"], Db(app).Inbound.All().Select(m => m.From).Order());
    }

    [Theory]
    [InlineData("/hooks/sms/wrong-key-0123456789/reply")]
    [InlineData("/hooks/sms/wrong-key-0123456789/status")]
    [InlineData("/hooks/sms/" + SmsHostFactory.Key + "x/reply")]
    public async Task A_wrong_key_is_404(string path)
    {
        using var app = new SmsHostFactory();

        var response = await Post(app.CreateClient(), path, """{"mobile":"13800138000","text":"1","time":1}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, Db(app).Inbound.Count());
    }

    [Theory]
    [InlineData(ReplyPath, "{not json")]
    [InlineData(ReplyPath, "")]
    [InlineData(StatusPath, "[{\"sid\":")]
    [InlineData(StatusPath, "\u0000\u0001garbage")]
    public async Task Junk_is_400(string path, string body)
    {
        using var app = new SmsHostFactory();

        var response = await Post(app.CreateClient(), path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("result").GetInt32());
    }

    [Theory]
    [InlineData(ReplyPath)]
    [InlineData(StatusPath)]
    public async Task Broken_utf8_inside_a_string_is_400_and_the_hook_stays_up(string path)
    {
        using var app = new SmsHostFactory();
        var client = app.CreateClient();
        var broken = Encoding.UTF8.GetBytes("""{"mobile":"13800138000","nationcode":"86","text":"找活XX","time":1764118800}""");
        var at = Array.IndexOf(broken, (byte)'X');
        broken[at] = 0xC3;
        broken[at + 1] = 0x28;

        var response = await client.PostAsync(path, new ByteArrayContent(broken) { Headers = { ContentType = new("application/json") } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Db(app).Inbound.Count());
        var good = await Post(client, ReplyPath, """{"mobile":"13800138000","nationcode":"86","text":"找活","time":1764118801}""");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, Db(app).Inbound.Count());
    }

    [Theory]
    [InlineData(ReplyPath)]
    [InlineData(StatusPath)]
    public async Task A_huge_body_is_413(string path)
    {
        using var app = new SmsHostFactory();
        var huge = "[" + string.Join(",", Enumerable.Repeat("""{"mobile":"13800138000","text":"填充填充填充填充填充","time":1764118800}""", 5000)) + "]";
        Assert.True(Encoding.UTF8.GetByteCount(huge) > 256 * 1024);

        var response = await Post(app.CreateClient(), path, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, Db(app).Inbound.Count());
    }

    [Fact]
    public async Task Items_with_missing_fields_are_skipped_without_losing_the_good_ones()
    {
        using var app = new SmsHostFactory();
        const string body = """
            [
              {"mobile":"13800138000","nationcode":"86","text":"明天有空","time":1764118800},
              {"mobile":"13800138001","nationcode":"86"},
              {"text":"没有号码","time":1764118800},
              "not an object",
              {"mobile":"13800138002","text":"时间坏了","time":"yesterday"},
              {"mobile":"13800138003","nationcode":"86","text":"会瓦工","time":1764118802}
            ]
            """;

        var response = await Post(app.CreateClient(), ReplyPath, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"result":0,"errmsg":"OK"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(["13800138000", "13800138003"], Db(app).Inbound.All().Select(m => m.From).Order());
    }

    [Fact]
    public async Task A_non_mainland_number_is_skipped()
    {
        using var app = new SmsHostFactory();
        const string body = """[{"mobile":"91234567","nationcode":"852","text":"hello","time":1764118800},{"mobile":"13800138000","nationcode":"86","text":"1","time":1764118800}]""";

        var response = await Post(app.CreateClient(), ReplyPath, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("13800138000", Assert.Single(Db(app).Inbound.All()).From);
    }

    [Fact]
    public async Task A_status_receipt_updates_the_outbox_messages_it_names()
    {
        using var app = new SmsHostFactory();
        var client = app.CreateClient();
        var db = Db(app);
        var delivered = Insert(db, "5000:1045710669157053657849499619", "13800138000");
        var undelivered = Insert(db, "5000:1045710669157053657849499718", "13900139000");
        const string body = """
            [{"user_receive_time":"2026-11-26 09:00:05","nationcode":"86","mobile":"13800138000","report_status":"SUCCESS","errmsg":"DELIVRD","description":"用户短信送达成功","sid":"5000:1045710669157053657849499619"},
             {"user_receive_time":"2026-11-26 09:00:07","nationcode":"86","mobile":"13900139000","report_status":"FAIL","errmsg":"UNDELIV","description":"用户短信送达失败","sid":"5000:1045710669157053657849499718"}]
            """;

        var response = await Post(client, StatusPath, body);
        var repeat = await Post(client, StatusPath, body);

        Assert.Equal("""{"result":0,"errmsg":"OK"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var ok = db.Outbox.Find(delivered)!;
        Assert.Equal(OutboxState.Delivered, ok.State);
        Assert.Equal(new DateTime(2026, 11, 26, 1, 0, 5, DateTimeKind.Utc), ok.DeliveredAt!.Value.ToUniversalTime());
        var failed = db.Outbox.Find(undelivered)!;
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.Contains("UNDELIV", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(2, db.SmsReceipts.Count());
    }

    [Fact]
    public async Task A_receipt_object_instead_of_an_array_is_accepted()
    {
        using var app = new SmsHostFactory();
        var db = Db(app);
        var id = Insert(db, "sid-single", "13800138000");

        var response = await Post(app.CreateClient(), StatusPath, """{"sid":"sid-single","report_status":"SUCCESS","mobile":"13800138000","nationcode":"86"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OutboxState.Delivered, db.Outbox.Find(id)!.State);
    }

    private static long Insert(IMarketStore db, string sid, string mobile) => db.InTransaction(() =>
    {
        var m = db.Enqueue(new OutboxMessage { Channel = OutboxChannel.Sms, Address = mobile, Template = "Reply", Variables = ["好"], Text = "好", IdempotencyKey = sid });
        db.Outbox.Update(m with { State = OutboxState.Sent, ProviderId = sid, SentAt = db.UtcNow, Attempts = 1 });
        return m.Id;
    });

    private static IMarketStore Db(SmsHostFactory app) => app.Services.GetRequiredService<IMarketStore>();

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
}
