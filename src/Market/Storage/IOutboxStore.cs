using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Storage;

/// <summary>
/// Messages waiting for, being handed to, or handed to a provider. Add messages with <see cref="OutboxWriting.Enqueue"/>
/// (it prices and deduplicates them); the queue reads below return the oldest first. On a store shared by several nodes
/// a queue read also leases what it returns for a short while, so two nodes never hand the same message to a provider.
/// </summary>
public interface IOutboxStore
{
    OutboxMessage? Find(long id);

    /// <summary>Reads a message to change it; the row stays locked for the rest of the unit. Returns null if another node holds it right now.</summary>
    OutboxMessage? FindForUpdate(long id);

    OutboxMessage? ByIdempotencyKey(string key);

    /// <summary>Stores a prepared message and returns its id; the idempotency key is unique.</summary>
    long Insert(OutboxMessage message);

    void Update(OutboxMessage message);

    IEnumerable<OutboxMessage> InState(OutboxState state);

    long CountInState(OutboxState state);

    /// <summary>Everything addressed to <paramref name="address"/> exactly as written, oldest first.</summary>
    IEnumerable<OutboxMessage> ToAddress(string address);

    IEnumerable<OutboxMessage> ByProviderId(string providerId);

    /// <summary>Up to <paramref name="max"/> Pending messages, oldest first; <paramref name="urgentOnly"/> leaves out pushes.</summary>
    IReadOnlyList<OutboxMessage> Pending(int max, bool urgentOnly);

    /// <summary>Up to <paramref name="max"/> Deferred messages whose time has come, earliest first; <paramref name="urgentOnly"/> leaves out pushes.</summary>
    IReadOnlyList<OutboxMessage> Due(DateTime utcNow, int max, bool urgentOnly);

    /// <summary>Every message, by id.</summary>
    IEnumerable<OutboxMessage> All();
}
