using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

public sealed class InboundHandler(MarketDb db) : IInboundHandler
{
    public InboundResult Handle(InboundEnvelope message) => db.InTransaction(() =>
    {
        var seen = db.Inbound.FindOne(m => m.DedupeKey == message.DedupeKey);
        if (seen is not null)
        {
            return new InboundResult(seen.Reply, Duplicate: true);
        }

        const string reply = "您好，这里是襄阳零工市场。";
        db.Inbound.Insert(new InboundMessage
        {
            Channel = message.Channel,
            From = message.From,
            DedupeKey = message.DedupeKey,
            Kind = message.Kind,
            Text = message.Text,
            ReceivedAt = db.UtcNow,
            Reply = reply,
        });
        return new InboundResult(reply, Duplicate: false);
    });
}
