using System.Net;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>Deployment-level behaviour: encryption required, key rotation, and dedupe that survives a restart.</summary>
public sealed class WeChatModeTests
{
    private const string OldKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Theory]
    [InlineData("Bot:WeChat:EncodingAESKey", "tooshort")]
    [InlineData("Bot:WeChat:AppId", "not-an-appid")]
    [InlineData("Bot:WeChat:ApiBaseUrl", "api.weixin.qq.com")]
    public void A_malformed_setting_stops_the_service_at_start(string key, string value)
    {
        var settings = WeChatHost.SafeMode();
        settings[key] = value;
        using var host = new WeChatHost(settings);
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains(key.Split(':')[^1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_encryption_refuses_plaintext()
    {
        var settings = WeChatHost.SafeMode();
        settings["Bot:WeChat:RequireEncryption"] = "true";
        using var host = new WeChatHost(settings);
        var wechat = new WeChatSimulator(host.CreateClient());

        Assert.Equal(HttpStatusCode.BadRequest, (await wechat.PostPlainAsync(WeChatSimulator.Text("o", "x", 1))).StatusCode);
        Assert.Equal(0, host.Db.Inbound.Count());
        Assert.Equal(HttpStatusCode.OK, (await wechat.PostSafeAsync(WeChatSimulator.Text("o", "x", 2))).StatusCode);
    }

    [Fact]
    public async Task During_a_key_rotation_the_previous_key_still_works_and_is_answered_in_kind()
    {
        var settings = WeChatHost.SafeMode();
        settings["Bot:WeChat:PreviousEncodingAESKey"] = OldKey;
        using var host = new WeChatHost(settings);
        var wechat = new WeChatSimulator(host.CreateClient());
        var old = new WeChatCrypto(WeChatAesKey.Parse(OldKey), WeChatHost.AppId);

        var response = await wechat.PostSafeAsync(WeChatSimulator.Text("o_old", "x", 3), old);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nonce = System.Web.HttpUtility.ParseQueryString(response.RequestMessage!.RequestUri!.Query)["nonce"]!;
        ReplyReader.IsTextFor(ReplyReader.Encrypted(await response.Content.ReadAsStringAsync(), old, nonce), "o_old");
    }

    [Fact]
    public async Task A_retry_after_a_restart_is_still_recognised()
    {
        var folder = Directory.CreateTempSubdirectory("zerowork-wechat-restart-").FullName;
        try
        {
            var xml = WeChatSimulator.Text("o_restart", "附近有什么活", 4);
            string? before;
            using (var first = new WeChatHost(WeChatHost.SafeMode(), storeFolder: folder))
            {
                before = ReplyReader.Plain(await (await new WeChatSimulator(first.CreateClient()).PostPlainAsync(xml)).Content.ReadAsStringAsync())["Content"];
            }

            using var second = new WeChatHost(WeChatHost.SafeMode(), storeFolder: folder);
            var after = ReplyReader.Plain(await (await new WeChatSimulator(second.CreateClient()).PostPlainAsync(xml)).Content.ReadAsStringAsync())["Content"];
            Assert.Equal(before, after);
            Assert.Equal(1, second.Db.Inbound.Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
