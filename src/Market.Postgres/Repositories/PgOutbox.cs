using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Postgres.Repositories;

/// <summary>
/// The outbox. The queue reads (<see cref="Pending"/>, <see cref="Due"/>) lock what they return with
/// <c>FOR UPDATE SKIP LOCKED</c>: a row another node is taking right now (its <c>BeginCall</c> holds it) is left out
/// instead of waited for, so nodes draining one queue get disjoint batches and one sender per message.
/// </summary>
internal sealed class PgOutbox(DocTable<OutboxMessage> outbox) : IOutboxStore
{
    private const string NotPush = " AND purpose <> '" + OutboxMessage.PushPurpose + "'";

    public OutboxMessage? Find(long id) => outbox.ById(id);

    public OutboxMessage? FindForUpdate(long id) => outbox.ById(id, forUpdate: true);

    public OutboxMessage? ByIdempotencyKey(string key) => outbox.One("WHERE idempotency_key = @p0", false, key);

    public long Insert(OutboxMessage message) => outbox.Insert(message);

    public void Update(OutboxMessage message) => outbox.Update(message);

    public IEnumerable<OutboxMessage> InState(OutboxState state) => outbox.Many("WHERE state = @p0 ORDER BY id", state.ToString());

    public long CountInState(OutboxState state) => outbox.Count("WHERE state = @p0", state.ToString());

    public IEnumerable<OutboxMessage> ToAddress(string address) => outbox.Many("WHERE address = @p0 ORDER BY id", address);

    public IEnumerable<OutboxMessage> ByProviderId(string providerId) => outbox.Many("WHERE provider_id = @p0 ORDER BY id", providerId);

    public IReadOnlyList<OutboxMessage> Pending(int max, bool urgentOnly) =>
        outbox.Many($"WHERE state = 'Pending'{(urgentOnly ? NotPush : "")} ORDER BY id LIMIT @p0 FOR UPDATE SKIP LOCKED", max);

    public IReadOnlyList<OutboxMessage> Due(DateTime utcNow, int max, bool urgentOnly) =>
        outbox.Many($"WHERE state = 'Deferred' AND not_before <= @p0{(urgentOnly ? NotPush : "")} ORDER BY not_before, id LIMIT @p1 FOR UPDATE SKIP LOCKED", utcNow, max);

    public IEnumerable<OutboxMessage> All() => outbox.Many("ORDER BY id");
}
