using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgInbound(DocTable<InboundMessage> inbound) : IInboundLog
{
    public InboundMessage? ByDedupeKey(string dedupeKey) => inbound.One("WHERE dedupe_key = @p0", false, dedupeKey);

    public long Insert(InboundMessage message) => inbound.Insert(message);

    public IReadOnlyList<InboundMessage> LatestFrom(string address, int count)
    {
        var newestFirst = inbound.Many("WHERE from_address = @p0 ORDER BY id DESC LIMIT @p1", address, count);
        newestFirst.Reverse();
        return newestFirst;
    }

    public long Count() => inbound.Count();

    public IEnumerable<InboundMessage> All() => inbound.Many("ORDER BY id");
}
