using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>When the answer is <c>success</c> (unencrypted even in safe mode), and what happens to replies over WeChat's 2048-byte limit.</summary>
public sealed class WeChatAcknowledgementTests
{
    [Theory]
    [InlineData("LOCATION")]
    [InlineData("unsubscribe")]
    [InlineData("VIEW")]
    public async Task Events_that_allow_no_reply_get_success_unencrypted(string name)
    {
        using var host = new WeChatHost(WeChatHost.SafeMode());
        var wechat = new WeChatSimulator(host.CreateClient());

        foreach (var response in new[] { await wechat.PostPlainAsync(WeChatSimulator.Event("o_ack", name, createTime: 1)), await wechat.PostSafeAsync(WeChatSimulator.Event("o_ack", name, createTime: 2)) })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("success", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(2, host.Db.Inbound.Count());
    }

    [Fact]
    public async Task No_reply_from_the_handler_is_success()
    {
        using var host = new WeChatHost(WeChatHost.SafeMode(), s => s.AddSingleton<IInboundHandler>(new FixedReply(null)));
        var response = await new WeChatSimulator(host.CreateClient()).PostSafeAsync(WeChatSimulator.Text("o", "x", 8001));
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reply_over_2048_bytes_is_cut_and_the_rest_queued_for_the_customer_service_api_once()
    {
        var longReply = string.Concat(Enumerable.Repeat("襄阳零工市场为您服务。", 100));
        using var host = new WeChatHost(WeChatHost.SafeMode(), s => s.AddSingleton<IInboundHandler>(new FixedReply(longReply)));
        var wechat = new WeChatSimulator(host.CreateClient());
        var xml = WeChatSimulator.Text("o_long", "x", 8002);

        var response = await wechat.PostPlainAsync(xml);
        await wechat.PostPlainAsync(xml);

        var first = ReplyReader.Plain(await response.Content.ReadAsStringAsync())["Content"]!;
        Assert.InRange(Encoding.UTF8.GetByteCount(first), 1, 2048);
        var rest = host.Db.Outbox.All().OrderBy(m => m.Id).ToList();
        Assert.NotEmpty(rest);
        Assert.All(rest, m => Assert.Equal((OutboxChannel.WeChatCustom, "o_long"), (m.Channel, m.Address)));
        Assert.Equal(longReply, first + string.Concat(rest.Select(m => m.Text)));
    }

    [Fact]
    public void Both_wechat_senders_are_registered()
    {
        using var host = new WeChatHost(WeChatHost.SafeMode());
        var channels = host.Services.GetServices<IOutboxSender>().Select(s => s.Channel).ToList();
        Assert.Contains(OutboxChannel.WeChatCustom, channels);
        Assert.Contains(OutboxChannel.WeChatTemplate, channels);
    }

    private sealed class FixedReply(string? reply) : IInboundHandler
    {
        public Task<InboundResult> HandleAsync(InboundEnvelope message) => Task.FromResult(new InboundResult(reply, Duplicate: false));
    }
}
