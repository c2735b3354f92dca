using System.Net;
using System.Text;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Market.People;
using ZeroWork.Tests.Common;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>Messages through the whole service in the three modes: each is stored once and answered with a reply addressed to its sender.</summary>
public sealed class WeChatPostTests : IDisposable
{
    private readonly WeChatHost host = new(WeChatHost.SafeMode());

    [Fact]
    public async Task Plain_text_is_stored_and_answered_to_the_sender()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var response = await wechat.PostPlainAsync(WeChatSimulator.Text("o_plain", "搜 电工", 7001));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        ReplyReader.IsTextFor(ReplyReader.Plain(await response.Content.ReadAsStringAsync()), "o_plain");

        var stored = Assert.Single(host.Db.Inbound.All());
        Assert.Equal(Channel.WeChat, stored.Channel);
        Assert.Equal("o_plain", stored.From);
        Assert.Equal("wx:7001", stored.DedupeKey);
        Assert.Equal("text", stored.Kind);
        Assert.Equal("搜 电工", stored.Text);
    }

    [Fact]
    public async Task Safe_mode_is_decrypted_and_answered_encrypted()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var response = await wechat.PostSafeAsync(WeChatSimulator.Text("o_safe", "明天要2个小工", 7002));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = HttpUtilityNonce(response);
        ReplyReader.IsTextFor(ReplyReader.Encrypted(await response.Content.ReadAsStringAsync(), wechat.Crypto, nonce), "o_safe");
        var stored = Assert.Single(host.Db.Inbound.All());
        Assert.Equal("o_safe", stored.From);
        Assert.Equal("明天要2个小工", stored.Text);
    }

    [Fact]
    public async Task The_official_compatible_mode_sample_is_accepted()
    {
        var input = Vector("aes-tencent-python-sample-compat").GetProperty("input");
        var query = $"signature={WeChatSignature.Compute(WeChatHost.Token, input.GetProperty("timestamp").GetString()!, input.GetProperty("nonce").GetString()!)}"
            + $"&timestamp={input.GetProperty("timestamp").GetString()}&nonce={input.GetProperty("nonce").GetString()}"
            + $"&encrypt_type=aes&msg_signature={input.GetProperty("msg_signature").GetString()}";
        var response = await host.CreateClient().PostAsync($"/hooks/wechat?{query}", new StringContent(input.GetProperty("post_body_xml").GetString()!, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = ReplyReader.Encrypted(await response.Content.ReadAsStringAsync(), new WeChatSimulator(host.CreateClient()).Crypto, input.GetProperty("nonce").GetString()!);
        ReplyReader.IsTextFor(reply, "oyORnuP8q7ou2gfYjqLzSIWZf0rs");
        Assert.Equal("wx:6054768590064713728", Assert.Single(host.Db.Inbound.All()).DedupeKey);
    }

    [Fact]
    public async Task Compatible_mode_trusts_only_the_ciphertext()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var response = await wechat.PostCompatibleAsync(
            WeChatSimulator.Text("o_real", "真的", 7003),
            WeChatSimulator.Text("o_forged", "伪造", 9999));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ReplyReader.IsTextFor(ReplyReader.Encrypted(await response.Content.ReadAsStringAsync(), wechat.Crypto, HttpUtilityNonce(response)), "o_real");
        var stored = Assert.Single(host.Db.Inbound.All());
        Assert.Equal(("o_real", "真的", "wx:7003"), (stored.From, stored.Text, stored.DedupeKey));
    }

    [Fact]
    public async Task A_retry_gets_the_same_answer_and_is_stored_once()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var xml = WeChatSimulator.Text("o_retry", "附近有什么活", 7004);
        var first = ReplyReader.Plain(await (await wechat.PostPlainAsync(xml)).Content.ReadAsStringAsync());
        var second = ReplyReader.Plain(await (await wechat.PostPlainAsync(xml)).Content.ReadAsStringAsync());
        var third = await wechat.PostSafeAsync(xml);
        var thirdReply = ReplyReader.Encrypted(await third.Content.ReadAsStringAsync(), wechat.Crypto, HttpUtilityNonce(third));

        Assert.Equal(first["Content"], second["Content"]);
        Assert.Equal(first["Content"], thirdReply["Content"]);
        Assert.Equal("o_retry", second["ToUserName"]);
        Assert.Equal(1, host.Db.Inbound.All().Count(m => m.DedupeKey == "wx:7004"));
        Assert.Equal(1, host.Db.Inbound.Count());
    }

    [Fact]
    public async Task Simultaneous_copies_of_one_message_are_all_answered_and_stored_once()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        for (var round = 0; round < 5; round++)
        {
            var xml = WeChatSimulator.Text("o_burst", "附近有什么活", 7100 + round);
            var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => wechat.PostPlainAsync(xml)));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        }

        Assert.Equal(5, host.Db.Inbound.Count());
    }

    [Fact]
    public async Task A_retried_event_is_stored_once()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var xml = WeChatSimulator.Event("o_click", "CLICK", "MENU_FIND_WORK");
        await wechat.PostPlainAsync(xml);
        await wechat.PostPlainAsync(xml);
        await wechat.PostPlainAsync(WeChatSimulator.Event("o_click", "CLICK", "MENU_POST_JOB"));

        Assert.Equal(
            ["wx:o_click|1764122400|CLICK|MENU_FIND_WORK", "wx:o_click|1764122400|CLICK|MENU_POST_JOB"],
            host.Db.Inbound.All().Select(m => m.DedupeKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Location_pin_reaches_the_handler_as_a_point()
    {
        var wechat = new WeChatSimulator(host.CreateClient());
        var xml = $"<xml><ToUserName>{WeChatSimulator.Account}</ToUserName><FromUserName>o_pin</FromUserName><CreateTime>1764122400</CreateTime><MsgType>location</MsgType>"
            + "<Location_X>32.042426</Location_X><Location_Y>112.144146</Location_Y><Scale>15</Scale><Label><![CDATA[襄阳市樊城区]]></Label><MsgId>7005</MsgId></xml>";
        var response = await wechat.PostSafeAsync(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("location", Assert.Single(host.Db.Inbound.All()).Kind);
    }

    public void Dispose() => host.Dispose();

    /// <summary>The simulator's nonce travels in the request URL; the encrypted reply must echo it.</summary>
    private static string HttpUtilityNonce(HttpResponseMessage response) =>
        System.Web.HttpUtility.ParseQueryString(response.RequestMessage!.RequestUri!.Query)["nonce"]!;

    private static System.Text.Json.JsonElement Vector(string id)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedFolder.File("specs", "wechat-mp-vectors.json")));
        return doc.RootElement.EnumerateArray().Single(v => v.GetProperty("id").GetString() == id).Clone();
    }
}
