using ZeroWork.Bot.WeChat.Menu;
using ZeroWork.Bot.WeChat.Outbound;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.WeChat.Api;

public sealed class SenderTests
{
    private const string Send = "/cgi-bin/message/custom/send";
    private const string Template = "/cgi-bin/message/template/send";

    [Fact]
    public async Task Custom_text_is_sent()
    {
        using var h = new WeChatApiHarness();
        var outcome = await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom, text: "您好"), default);
        Assert.Equal(OutboxState.Sent, outcome.State);
        Assert.Equal("您好", (string?)h.Api.Requests.Single(r => r.Path == Send).Body["text"]!["content"]);
    }

    [Fact]
    public async Task Custom_news_has_exactly_one_article()
    {
        using var h = new WeChatApiHarness();
        var message = Message(OutboxChannel.WeChatCustom) with
        {
            Template = WeChatNews.TemplateName,
            Variables = ["附近的活", "樊城区 3 个", "https://example.com/jobs", "https://example.com/p.jpg"],
        };
        Assert.Equal(OutboxState.Sent, (await h.Sender(OutboxChannel.WeChatCustom).SendAsync(message, default)).State);

        var body = h.Api.Requests.Single(r => r.Path == Send).Body;
        Assert.Equal("news", (string?)body["msgtype"]);
        var article = Assert.Single(body["news"]!["articles"]!.AsArray())!;
        Assert.Equal("附近的活", (string?)article["title"]);
        Assert.Equal("https://example.com/p.jpg", (string?)article["picurl"]);
    }

    [Theory]
    [InlineData(45015)]
    [InlineData(40003)]
    [InlineData(48001)]
    public async Task Permanent_errors_fail_with_the_errcode(int errcode)
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, errcode, "nope");
        var outcome = await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom), default);
        Assert.Equal(OutboxState.Failed, outcome.State);
        Assert.Contains(errcode.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Error, StringComparison.Ordinal);
        Assert.Equal(1, h.Api.Count(Send));
    }

    [Fact]
    public async Task Quota_used_up_waits()
    {
        using var h = new WeChatApiHarness();
        h.Api.ThenErrcode(Send, 45047, "out of response count limit");
        var outcome = await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom), default);
        Assert.Equal(OutboxState.Deferred, outcome.State);
        Assert.True(outcome.RetryAt > h.Time.GetUtcNow().UtcDateTime);
        Assert.Contains("45047", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Busy_after_every_retry_waits()
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:MaxRetries"] = "1" });
        h.Api.ThenErrcode(Send, -1);
        h.Api.ThenErrcode(Send, -1);
        Assert.Equal(OutboxState.Deferred, (await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom), default)).State);
    }

    [Fact]
    public async Task A_custom_send_that_may_have_arrived_is_unknown_but_a_template_send_waits()
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:MaxRetries"] = "0" });
        h.Api.Then(Send, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset"));
        h.Api.Then(Template, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset"));
        Assert.Equal(OutboxState.Unknown, (await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom), default)).State);
        Assert.Equal(OutboxState.Deferred, (await h.Sender(OutboxChannel.WeChatTemplate).SendAsync(Message(OutboxChannel.WeChatTemplate), default)).State);
    }

    [Fact]
    public async Task Server_errors_after_every_retry_wait()
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:MaxRetries"] = "1" });
        h.Api.Then(Send, _ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway));
        h.Api.Then(Send, _ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway));
        var outcome = await h.Sender(OutboxChannel.WeChatCustom).SendAsync(Message(OutboxChannel.WeChatCustom), default);
        Assert.Equal(OutboxState.Deferred, outcome.State);
        Assert.Equal("HTTP 502", outcome.Error);
    }

    [Fact]
    public async Task Template_send_uses_the_configured_id_fields_and_the_idempotency_key()
    {
        using var h = new WeChatApiHarness();
        var outcome = await h.Sender(OutboxChannel.WeChatTemplate).SendAsync(Message(OutboxChannel.WeChatTemplate), default);

        Assert.Equal(OutboxState.Sent, outcome.State);
        Assert.Equal("200228332", outcome.ProviderId);
        var body = h.Api.Requests.Single(r => r.Path == Template).Body;
        Assert.Equal("openid-9", (string?)body["touser"]);
        Assert.Equal("tpl-job-push", (string?)body["template_id"]);
        Assert.Equal("push:17:4", (string?)body["client_msg_id"]);
        Assert.Equal("小工", (string?)body["data"]!["thing1"]!["value"]);
        Assert.Equal("明天7点", (string?)body["data"]!["time2"]!["value"]);
        Assert.Equal("180元", (string?)body["data"]!["amount3"]!["value"]);
    }

    [Fact]
    public async Task Without_a_template_id_nothing_is_sent()
    {
        using var h = new WeChatApiHarness();
        var outcome = await h.Sender(OutboxChannel.WeChatTemplate).SendAsync(Message(OutboxChannel.WeChatTemplate) with { Template = "JobFull" }, default);
        Assert.Equal(OutboxState.NotSent, outcome.State);
        Assert.Empty(h.Api.Requests);
    }

    [Theory]
    [InlineData(OutboxChannel.WeChatCustom)]
    [InlineData(OutboxChannel.WeChatTemplate)]
    public async Task Without_credentials_nothing_is_sent(OutboxChannel channel)
    {
        using var h = new WeChatApiHarness(new() { ["Bot:WeChat:AppId"] = null, ["Bot:WeChat:AppSecret"] = null });
        var outcome = await h.Sender(channel).SendAsync(Message(channel), default);
        Assert.Equal(OutboxState.NotSent, outcome.State);
        Assert.Empty(h.Api.Requests);
    }

    [Fact]
    public async Task The_menu_is_installed_with_its_click_keys()
    {
        using var h = new WeChatApiHarness();
        Assert.True((await h.Client.CreateMenuAsync(WeChatMenu.Build(), default)).Ok);

        var body = h.Api.Requests.Single(r => r.Path == "/cgi-bin/menu/create").Body;
        var buttons = body["button"]!.AsArray();
        Assert.Equal(["找活", "招工", "我的"], buttons.Select(b => (string?)b!["name"]));
        Assert.Equal(["维权", "政策", "培训", "人工"], buttons[2]!["sub_button"]!.AsArray().Select(b => (string?)b!["name"]));
        var keys = body.ToJsonString();
        Assert.All(MenuKeys.All, k => Assert.Contains(k, keys, StringComparison.Ordinal));
        Assert.All(buttons[2]!["sub_button"]!.AsArray().Concat(buttons.Take(2)), b => Assert.Equal("click", (string?)b!["type"]));
    }

    private static OutboxMessage Message(OutboxChannel channel, string text = "小工明天7点180元") => new()
    {
        Id = 4,
        Channel = channel,
        Address = "openid-9",
        Template = "JobPush",
        Variables = channel == OutboxChannel.WeChatTemplate ? ["小工", "明天7点", "180元"] : [],
        Text = text,
        IdempotencyKey = "push:17:4",
        State = OutboxState.Sending,
    };
}
