using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Outbound;

/// <summary>The outbox as a node sees it while another node holds some rows: reading one of those for update answers null, as PostgreSQL's provider does; everything else goes to the real store.</summary>
internal sealed class HeldOutbox(IOutboxStore inner) : IOutboxStore
{
    private readonly Dictionary<long, int> held = [];

    /// <summary>Holds a row for the next <paramref name="reads"/> reads for update (until <see cref="Release"/> when null).</summary>
    public void Hold(long id, int? reads = null)
    {
        lock (held)
        {
            held[id] = reads ?? int.MaxValue;
        }
    }

    public void Release(long id)
    {
        lock (held)
        {
            held.Remove(id);
        }
    }

    /// <summary>How many reads for update found the row held.</summary>
    public int Refused { get; private set; }

    public OutboxMessage? FindForUpdate(long id)
    {
        lock (held)
        {
            if (held.TryGetValue(id, out var left) && left > 0)
            {
                held[id] = left - 1;
                Refused++;
                return null;
            }
        }

        return inner.FindForUpdate(id);
    }

    public OutboxMessage? Find(long id) => inner.Find(id);

    public OutboxMessage? ByIdempotencyKey(string key) => inner.ByIdempotencyKey(key);

    public long Insert(OutboxMessage message) => inner.Insert(message);

    public void Update(OutboxMessage message) => inner.Update(message);

    public IEnumerable<OutboxMessage> InState(OutboxState state) => inner.InState(state);

    public long CountInState(OutboxState state) => inner.CountInState(state);

    public IEnumerable<OutboxMessage> ToAddress(string address) => inner.ToAddress(address);

    public IEnumerable<OutboxMessage> ByProviderId(string providerId) => inner.ByProviderId(providerId);

    public IReadOnlyList<OutboxMessage> Pending(int max, bool urgentOnly) => inner.Pending(max, urgentOnly);

    public IReadOnlyList<OutboxMessage> Due(DateTime utcNow, int max, bool urgentOnly) => inner.Due(utcNow, max, urgentOnly);

    public IEnumerable<OutboxMessage> All() => inner.All();
}
