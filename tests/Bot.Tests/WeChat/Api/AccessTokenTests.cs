using System.Net;
using System.Text.Json.Nodes;
using ZeroWork.Bot.WeChat.Api;

namespace ZeroWork.Bot.Tests.WeChat.Api;

public sealed class AccessTokenTests
{
    private const string Send = "/cgi-bin/message/custom/send";

    [Fact]
    public async Task One_stable_token_serves_many_calls()
    {
        using var h = new WeChatApiHarness();
        Assert.True((await h.Client.SendCustomTextAsync("o1", "你好", default)).Ok);
        Assert.True((await h.Client.SendCustomTextAsync("o2", "你好", default)).Ok);

        var token = Assert.Single(h.Api.Requests, r => r.Path == FakeWeChatApi.TokenPath);
        Assert.Equal("client_credential", (string?)token.Body["grant_type"]);
        Assert.Equal(WeChatApiHarness.AppId, (string?)token.Body["appid"]);
        Assert.Equal(WeChatApiHarness.Secret, (string?)token.Body["secret"]);
        Assert.False((bool)token.Body["force_refresh"]!);
        Assert.Null(token.AccessToken);
        Assert.All(h.Api.Requests.Where(r => r.Path == Send), r => Assert.Equal("TOKEN-1", r.AccessToken));
    }

    [Fact]
    public async Task The_token_is_refreshed_300_seconds_before_it_expires()
    {
        using var h = new WeChatApiHarness();
        await h.Client.SendCustomTextAsync("o", "a", default);
        h.Time.Advance(TimeSpan.FromSeconds(7200 - 300 - 1));
        await h.Client.SendCustomTextAsync("o", "b", default);
        Assert.Equal(1, h.Api.Count(FakeWeChatApi.TokenPath));

        h.Time.Advance(TimeSpan.FromSeconds(2));
        await h.Client.SendCustomTextAsync("o", "c", default);
        Assert.Equal(2, h.Api.Count(FakeWeChatApi.TokenPath));
        Assert.Equal("TOKEN-2", h.Api.Requests.Last().AccessToken);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        using var h = new WeChatApiHarness();
        h.Api.TokenGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, 8).Select(i => h.Client.SendCustomTextAsync($"o{i}", "x", default)).ToList();
        await Task.Delay(50);
        h.Api.TokenGate.SetResult();
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.True(r.Ok));
        Assert.Equal(1, h.Api.Count(FakeWeChatApi.TokenPath));
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(40014)]
    [InlineData(42001)]
    public async Task A_refused_token_is_dropped_refetched_and_the_call_retried_once(int errcode)
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, errcode, "invalid credential");
        var result = await h.Client.SendCustomTextAsync("o", "x", default);

        Assert.True(result.Ok);
        Assert.Equal(2, h.Api.Count(FakeWeChatApi.TokenPath));
        Assert.Equal(["TOKEN-1", "TOKEN-2"], h.Api.Requests.Where(r => r.Path == Send).Select(r => r.AccessToken));
    }

    [Fact]
    public async Task A_second_refusal_is_returned_not_looped_on()
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, 40001);
        h.Api.ThenErrcode(Send, 40001);
        var result = await h.Client.SendCustomTextAsync("o", "x", default);

        Assert.Equal(WeChatCallStatus.ApiError, result.Status);
        Assert.Equal(40001, result.ErrCode);
        Assert.Equal(2, h.Api.Count(Send));
    }

    [Fact]
    public async Task A_token_error_from_stable_token_itself_is_reported()
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(FakeWeChatApi.TokenPath, 40125, "invalid appsecret");
        h.Api.ThenErrcode(FakeWeChatApi.TokenPath, 40125, "invalid appsecret");
        var result = await h.Client.SendCustomTextAsync("o", "x", default);

        Assert.Equal(40125, result.ErrCode);
        Assert.Equal(0, h.Api.Count(Send));
    }

    [Fact]
    public async Task Neither_the_secret_nor_a_token_reaches_the_logs()
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, 40001);
        h.Api.Then(Send, _ => FakeWeChatApi.Json(new JsonObject { ["errcode"] = 45015, ["errmsg"] = "response out of time limit" }));
        h.Api.Then(Send, _ => new HttpResponseMessage(HttpStatusCode.BadGateway));
        await h.Client.SendCustomTextAsync("o", "x", default);
        await h.Client.SendCustomTextAsync("o", "y", default);

        Assert.Contains(h.Logs, l => l.Contains("45015", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs, l => l.Contains(WeChatApiHarness.Secret, StringComparison.Ordinal) || l.Contains("TOKEN-", StringComparison.Ordinal));
    }
}
