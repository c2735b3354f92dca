using System.Net;
using System.Text.Json.Nodes;
using ZeroWork.Bot.WeChat.Api;

namespace ZeroWork.Bot.Tests.WeChat.Api;

public sealed class ResilienceTests
{
    private const string Send = "/cgi-bin/message/custom/send";

    [Fact]
    public async Task System_busy_is_retried()
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, -1, "system error");
        h.Api.ThenErrcode(Send, -1, "system error");
        Assert.True((await h.Client.SendCustomTextAsync("o", "x", default)).Ok);
        Assert.Equal(3, h.Api.Count(Send));
    }

    [Fact]
    public async Task Server_errors_and_network_errors_are_retried()
    {
        using var h = new WeChatApiHarness();
        h.Api.Then(Send, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        h.Api.Then(Send, _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        Assert.True((await h.Client.SendCustomTextAsync("o", "x", default)).Ok);
        Assert.Equal(3, h.Api.Count(Send));
    }

    [Theory]
    [InlineData(45015)]
    [InlineData(40003)]
    [InlineData(45047)]
    [InlineData(43004)]
    public async Task Permanent_and_quota_errors_are_not_retried(int errcode)
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, errcode);
        var result = await h.Client.SendCustomTextAsync("o", "x", default);
        Assert.Equal(errcode, result.ErrCode);
        Assert.Equal(1, h.Api.Count(Send));
    }

    [Fact]
    public async Task Retries_give_up_after_the_configured_number()
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:MaxRetries"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            h.Api.ThenErrcode(Send, -1);
        }

        var result = await h.Client.SendCustomTextAsync("o", "x", default);
        Assert.Equal(-1, result.ErrCode);
        Assert.Equal(3, h.Api.Count(Send));
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling()
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:MaxRetries"] = "0" });
        await h.Client.SendCustomTextAsync("o", "warm", default);
        for (var i = 0; i < 40; i++)
        {
            h.Api.Then(Send, _ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        }

        var results = new List<WeChatApiResult>();
        for (var i = 0; i < 20; i++)
        {
            results.Add(await h.Client.SendCustomTextAsync("o", "x", default));
        }

        Assert.Contains(results, r => r.Status == WeChatCallStatus.CircuitOpen);
        Assert.True(h.Api.Count(Send) < 21, $"{h.Api.Count(Send)} sends reached the API");
    }

    [Fact]
    public async Task Garbled_200_answers_open_the_circuit_but_are_never_retried()
    {
        using var h = new WeChatApiHarness();
        await h.Client.SendCustomTextAsync("o", "warm", default);
        for (var i = 0; i < 40; i++)
        {
            h.Api.Then(Send, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"errco") });
        }

        var results = new List<WeChatApiResult>();
        for (var i = 0; i < 20; i++)
        {
            results.Add(await h.Client.SendCustomTextAsync("o", "x", default));
        }

        // A garbled answer may follow a delivered message, so it is not retried: one request per call until the circuit opens.
        var reached = h.Api.Count(Send) - 1;
        Assert.Equal(results.Count(r => r.Status == WeChatCallStatus.BadResponse), reached);
        Assert.Contains(results, r => r.Status == WeChatCallStatus.CircuitOpen);
        Assert.True(reached < 20, $"{reached} sends reached the API");
    }

    [Fact]
    public async Task Bodies_are_json_with_chinese_unescaped()
    {
        using var h = new WeChatApiHarness();
        await h.Client.SendCustomTextAsync("openid-1", "明天7点檀溪路", default);
        var send = h.Api.Requests.Single(r => r.Path == Send);
        Assert.Contains("明天7点檀溪路", send.Raw, StringComparison.Ordinal);
        Assert.Equal("openid-1", (string?)send.Body["touser"]);
        Assert.Equal("text", (string?)send.Body["msgtype"]);
        Assert.Equal("明天7点檀溪路", (string?)send.Body["text"]!["content"]);
    }

    [Fact]
    public async Task A_json_that_is_not_an_object_is_a_bad_response()
    {
        using var h = new WeChatApiHarness();
        h.Api.Then(Send, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>gateway</html>") });
        Assert.Equal(WeChatCallStatus.BadResponse, (await h.Client.SendCustomTextAsync("o", "x", default)).Status);
        h.Api.Then(Send, _ => FakeWeChatApi.Json(new JsonObject()));
        Assert.True((await h.Client.SendCustomTextAsync("o", "x", default)).Ok);
    }
}
