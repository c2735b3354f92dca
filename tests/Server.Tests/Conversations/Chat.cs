using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.People;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>Talks to the bot the way the hooks do, through <see cref="IInboundHandler"/>.</summary>
internal sealed class Chat(ZeroWorkFactory factory, Channel channel, string from)
{
    private int sequence;

    public string From => from;

    public string? Say(string text) => Send(new InboundEnvelope { Kind = "text", Text = text });

    public string? Pin(double lng, double lat, string label) => Send(new InboundEnvelope { Kind = "location", Location = new GeoPoint(lng, lat), Label = label });

    public InboundResult Raw(InboundEnvelope envelope) => factory.Services.GetRequiredService<IInboundHandler>().Handle(envelope);

    public string? Send(InboundEnvelope envelope) => Raw(envelope with
    {
        Channel = channel,
        From = from,
        DedupeKey = envelope.DedupeKey.Length > 0 ? envelope.DedupeKey : $"{channel}:{from}:{Interlocked.Increment(ref sequence)}:{Guid.NewGuid():N}",
    }).Reply;
}
