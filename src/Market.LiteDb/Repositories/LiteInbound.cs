using LiteDB;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteInbound(ILiteCollection<InboundMessage> inbound) : IInboundLog
{
    public InboundMessage? ByDedupeKey(string dedupeKey) => inbound.FindOne(StoreQuery.Equal(nameof(InboundMessage.DedupeKey), dedupeKey));

    public long Insert(InboundMessage message) => inbound.Insert(message).AsInt64;

    public IReadOnlyList<InboundMessage> LatestFrom(string address, int count) =>
        [.. inbound.Find(StoreQuery.Equal(nameof(InboundMessage.From), address)).OrderByDescending(m => m.Id).Take(count).Reverse()];

    public long Count() => inbound.LongCount();

    public IEnumerable<InboundMessage> All() => inbound.FindAll();
}
