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

    public void Dispose() => host.Dispose();

    private static System.Text.Json.JsonElement Vector()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedFolder.File("specs", "wechat-mp-vectors.json")));
        return doc.RootElement.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "sig-official-url-verify").Clone();
    }
}
