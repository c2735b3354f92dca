using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;
using ZeroWork.Server.Tests.Conversations;

namespace ZeroWork.Server.Tests.Hosting;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_count_inbound_messages_by_channel_and_show_outbox_depth_in_prometheus_format()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var chat = new Chat(factory, Channel.Sms, "13900007777");
        chat.Say("会电工 住樊城");
        chat.Raw(new InboundEnvelope { Channel = Channel.Sms, From = "13900007777", Kind = "text", Text = "你好", DedupeKey = "metrics-1" });
        chat.Raw(new InboundEnvelope { Channel = Channel.Sms, From = "13900007777", Kind = "text", Text = "你好", DedupeKey = "metrics-1" });

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("zerowork_inbound_messages", text);
        Assert.Contains("channel=\"Sms\"", text);
        Assert.Contains("duplicate=\"true\"", text);
        Assert.Contains("zerowork_outbox_depth", text);
    }
}
