using System.Net;
using ZeroWork.Tests.Common;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>The GET URL check, on the official vector. The host runs in safe mode: the official account's check stays plain anyway.</summary>
public sealed class WeChatUrlCheckTests : IDisposable
{
    private readonly WeChatHost host = new(WeChatHost.SafeMode(token: "AAAAA"));

    [Fact]
    public async Task The_official_vector_gets_echostr_back_exactly()
    {
        var query = Vector().GetProperty("input").GetProperty("query_string").GetString();
        var response = await host.CreateClient().GetAsync($"/hooks/wechat?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Vector().GetProperty("expected").GetProperty("response_body").GetString(), System.Text.Encoding.ASCII.GetString(body));
    }

    [Theory]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441697&echostr=4375120948345356249&timestamp=1714036504&nonce=1514711492")]
    [InlineData("echostr=4375120948345356249&timestamp=1714036504&nonce=1514711492")]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&echostr=4375120948345356249&timestamp=1714036505&nonce=1514711492")]
    [InlineData("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&signature=f464b24fc39322e44b38aa78f5edd27bd1441696&echostr=4375120948345356249&timestamp=1714036504&nonce=1514711492")]
    public async Task A_bad_signature_never_gets_the_echo(string query)
    {
        var response = await host.CreateClient().GetAsync($"/hooks/wechat?{query}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("4375120948345356249", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_check_without_echostr_is_a_bad_request()
    {
        var response = await host.CreateClient().GetAsync("/hooks/wechat?signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_hooks_are_not_there()
    {
        using var bare = new WeChatHost([]);
        var query = Vector().GetProperty("input").GetProperty("query_string").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await bare.CreateClient().GetAsync($"/hooks/wechat?{query}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bare.CreateClient().PostAsync($"/hooks/wechat?{query}", new StringContent("<xml/>"))).StatusCode);
    }

    [Fact]
    public async Task A_wecom_style_encrypted_check_is_not_answered()
    {
        // WeCom signs an encrypted echostr with msg_signature and sends no 3-part signature; an official account never does.
        var input = Vector("aes-wecom-style-verifyurl-echostr").GetProperty("input");
        var settings = new Dictionary<string, string?>
        {
            ["Bot:WeChat:Token"] = input.GetProperty("token").GetString(),
            ["Bot:WeChat:AppId"] = input.GetProperty("appid").GetString(),
            ["Bot:WeChat:EncodingAESKey"] = input.GetProperty("encoding_aes_key").GetString(),
        };
        using var wecom = new WeChatHost(settings);
        var query = $"msg_signature={input.GetProperty("msg_signature").GetString()}&timestamp={input.GetProperty("timestamp").GetString()}"
            + $"&nonce={input.GetProperty("nonce").GetString()}&echostr={Uri.EscapeDataString(input.GetProperty("encrypt").GetString()!)}";
        var response = await wecom.CreateClient().GetAsync($"/hooks/wechat?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Vector("aes-wecom-style-verifyurl-echostr").GetProperty("expected").GetProperty("msg").GetString()!, body, StringComparison.Ordinal);
        Assert.DoesNotContain(input.GetProperty("encrypt").GetString()!, body, StringComparison.Ordinal);
    }

    public void Dispose() => host.Dispose();

    private static System.Text.Json.JsonElement Vector(string id = "sig-official-url-verify")
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedFolder.File("specs", "wechat-mp-vectors.json")));
        return doc.RootElement.EnumerateArray().Single(v => v.GetProperty("id").GetString() == id).Clone();
    }
}
