using LiteDB;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteOutbox(ILiteCollection<OutboxMessage> outbox) : IOutboxStore
{
    public OutboxMessage? Find(long id) => outbox.FindById(id);

    public OutboxMessage? FindForUpdate(long id) => outbox.Query().Where(o => o.Id == id).ForUpdate().FirstOrDefault();

    public OutboxMessage? ByIdempotencyKey(string key) => outbox.FindOne(StoreQuery.Equal(nameof(OutboxMessage.IdempotencyKey), key));

    public long Insert(OutboxMessage message) => outbox.Insert(message).AsInt64;

    public void Update(OutboxMessage message) => outbox.Update(message);

    public IEnumerable<OutboxMessage> InState(OutboxState state) => outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.State), state.ToString()));

    public long CountInState(OutboxState state) => outbox.LongCount(StoreQuery.Equal(nameof(OutboxMessage.State), state.ToString()));

    public IEnumerable<OutboxMessage> ToAddress(string address) => outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.Address), address)).OrderBy(m => m.Id);

    public IEnumerable<OutboxMessage> ByProviderId(string providerId) => outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.ProviderId), providerId));

    public IReadOnlyList<OutboxMessage> Pending(int max, bool urgentOnly) =>
        [.. urgentOnly ? OutboxQueue.UrgentPending(outbox, max) : OutboxQueue.Pending(outbox, max)];

    public IReadOnlyList<OutboxMessage> Due(DateTime utcNow, int max, bool urgentOnly) =>
        [.. urgentOnly ? OutboxQueue.UrgentDue(outbox, utcNow, max) : OutboxQueue.Due(outbox, utcNow, max)];

    public IEnumerable<OutboxMessage> All() => outbox.FindAll();
}
