using System.Net;
using System.Text;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>Forged and malformed requests: a 4xx every time, never a 5xx, and nothing stored.</summary>
public sealed class WeChatRefusalTests : IDisposable
{
    private readonly WeChatHost host = new(WeChatHost.SafeMode());
    private readonly WeChatSimulator wechat;

    public WeChatRefusalTests() => wechat = new WeChatSimulator(host.CreateClient());

    [Fact]
    public async Task A_forged_signature_is_refused()
    {
        await Refused(HttpStatusCode.Forbidden, await wechat.PostPlainAsync(WeChatSimulator.Text("o", "x", 1), signature: new string('0', 40)));
    }

    [Fact]
    public async Task A_missing_signature_is_refused()
    {
        await Refused(HttpStatusCode.Forbidden, await wechat.PostAsync("/hooks/wechat?timestamp=1&nonce=2", Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", "x", 1))));
    }

    [Fact]
    public async Task Another_token_is_refused()
    {
        var stranger = new WeChatSimulator(host.CreateClient(), token: "othertoken");
        await Refused(HttpStatusCode.Forbidden, await stranger.PostPlainAsync(WeChatSimulator.Text("o", "x", 1)));
    }

    [Fact]
    public async Task A_bad_msg_signature_is_refused()
    {
        await Refused(HttpStatusCode.Forbidden, await wechat.PostSafeAsync(WeChatSimulator.Text("o", "x", 1), msgSignature: new string('a', 40)));
    }

    [Fact]
    public async Task A_ciphertext_for_another_appid_is_refused()
    {
        var other = new WeChatCrypto(WeChatAesKey.Parse(WeChatHost.AesKey), "wx0123456789abcdef");
        await Refused(HttpStatusCode.Forbidden, await wechat.PostSafeAsync(WeChatSimulator.Text("o", "x", 1), other));
    }

    [Fact]
    public async Task A_ciphertext_under_another_key_is_refused()
    {
        var other = new WeChatCrypto(WeChatAesKey.Parse(new string('A', 43)), WeChatHost.AppId);
        await Refused(HttpStatusCode.BadRequest, await wechat.PostSafeAsync(WeChatSimulator.Text("o", "x", 1), other));
    }

    [Fact]
    public async Task Encrypted_mode_without_encrypt_is_refused()
    {
        var n = wechat.NextNonce();
        var query = wechat.Query(n) + "&encrypt_type=aes&msg_signature=" + WeChatSignature.Compute(WeChatHost.Token, wechat.Timestamp, n, "");
        await Refused(HttpStatusCode.BadRequest, await wechat.PostAsync($"/hooks/wechat?{query}", Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", "x", 1))));
    }

    [Theory]
    [InlineData("<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Content>&b;</Content></xml>")]
    [InlineData("<!DOCTYPE xml><xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>")]
    public async Task A_doctype_is_refused_in_plain_and_in_safe_mode(string xml)
    {
        await Refused(HttpStatusCode.BadRequest, await wechat.PostPlainAsync(xml));
        await Refused(HttpStatusCode.BadRequest, await wechat.PostSafeAsync(xml));
    }

    [Theory]
    [InlineData("hello, world")]
    [InlineData("{\"ToUserName\":\"gh\",\"MsgType\":\"text\"}")]
    [InlineData("<xml><ToUserName>gh</ToUserName>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><MsgType>text</MsgType></xml>")]
    [InlineData("")]
    public async Task Bodies_that_are_not_a_message_are_refused(string body)
    {
        await Refused(HttpStatusCode.BadRequest, await wechat.PostPlainAsync(body));
    }

    [Fact]
    public async Task Broken_utf8_is_refused()
    {
        var n = wechat.NextNonce();
        var bytes = Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", "ok", 1)).Concat(new byte[] { 0xE4, 0xBD }).ToArray();
        var text = Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", "\u0001", 1));
        text[Array.IndexOf(text, (byte)1)] = 0xFF;
        await Refused(HttpStatusCode.BadRequest, await wechat.PostAsync($"/hooks/wechat?{wechat.Query(n)}", text));
        await Refused(HttpStatusCode.BadRequest, await wechat.PostAsync($"/hooks/wechat?{wechat.Query(wechat.NextNonce())}", bytes));
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_refused_by_its_length()
    {
        var big = WeChatSimulator.Text("o", new string('x', 64 * 1024), 1);
        await Refused(HttpStatusCode.RequestEntityTooLarge, await wechat.PostPlainAsync(big));
    }

    [Fact]
    public async Task A_chunked_body_over_64_KiB_is_refused_while_reading()
    {
        var big = Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", new string('x', 70 * 1024), 1));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/wechat?{wechat.Query(wechat.NextNonce())}") { Content = new UnknownLengthContent(big) };
        await Refused(HttpStatusCode.RequestEntityTooLarge, await host.CreateClient().SendAsync(request));
    }

    [Fact]
    public async Task An_unknown_encrypt_type_is_refused()
    {
        var query = wechat.Query(wechat.NextNonce()) + "&encrypt_type=rot13";
        await Refused(HttpStatusCode.BadRequest, await wechat.PostAsync($"/hooks/wechat?{query}", Encoding.UTF8.GetBytes(WeChatSimulator.Text("o", "x", 1))));
    }

    public void Dispose() => host.Dispose();

    private async Task Refused(HttpStatusCode status, HttpResponseMessage response)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.DoesNotContain("<xml>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Db.Inbound.Count());
        Assert.Empty(host.Db.Outbox.All());
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
