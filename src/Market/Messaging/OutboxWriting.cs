using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Messaging;

/// <summary>The one way a message enters the outbox: priced, kept out of the provider's way if it is for a sandbox address, deduplicated by its idempotency key, and announced to the dispatcher after the unit commits.</summary>
public static class OutboxWriting
{
    /// <summary>Adds a message to the outbox unless one with the same idempotency key exists; returns the stored one.</summary>
    public static OutboxMessage Enqueue(this IMarketStore store, OutboxMessage message) =>
        store.Outbox.ByIdempotencyKey(message.IdempotencyKey) ?? store.EnqueueNew(message);

    /// <summary>Adds a message whose idempotency key the caller knows to be new (it derives from a key the same unit just found unused); the store still refuses a duplicate key.</summary>
    public static OutboxMessage EnqueueNew(this IMarketStore store, OutboxMessage message)
    {
        var segments = message.Channel == OutboxChannel.Sms ? SmsSegments.Count(message.Text) : 1;
        // The simulator's sandbox addresses are nobody's: their messages are kept for the page to show and never queued for a provider.
        var sandbox = Sandbox.IsAddress(message.Address);
        var stored = message with
        {
            State = sandbox ? OutboxState.NotSent : message.State,
            LastError = sandbox ? Sandbox.NotSentReason : message.LastError,
            NotBefore = sandbox ? null : message.NotBefore,
            CreatedAt = message.CreatedAt == default ? store.UtcNow : message.CreatedAt,
            Segments = segments,
            Cost = message.Channel == OutboxChannel.Sms ? segments * SmsSegments.PricePerSegment : 0,
        };
        var id = store.Outbox.Insert(stored);
        store.Raise(new OutboxQueued());
        return stored with { Id = id };
    }
}
