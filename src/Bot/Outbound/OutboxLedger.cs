using Microsoft.Extensions.Options;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Outbound;

/// <summary>Every state change of an outbox message, each in its own transaction. Claiming marks a message <see cref="OutboxState.Sending"/> before any provider is called, which is what makes delivery at-most-once.</summary>
public sealed class OutboxLedger(MarketDb db, IOptionsMonitor<OutboundOptions> options)
{
    public const string InterruptedError = "发送过程中服务中断，结果未知，等待对账（不会自动重发）";

    /// <summary>Messages left in Sending by a crash may have reached the provider: mark them Unknown so they are reconciled, never resent.</summary>
    public IReadOnlyList<OutboxMessage> RecoverInterrupted() => db.InTransaction(() =>
    {
        var now = db.UtcNow;
        var stuck = db.Outbox.Find(m => m.State == OutboxState.Sending).ToList();
        var recovered = stuck.Select(m => m with { State = OutboxState.Unknown, SentAt = m.SentAt ?? now, LastError = InterruptedError }).ToList();
        foreach (var m in recovered)
        {
            db.Outbox.Update(m);
        }

        return (IReadOnlyList<OutboxMessage>)recovered;
    });

    /// <summary>Pending messages and deferred ones whose time has come, oldest first, marked Sending with one more attempt.</summary>
    public IReadOnlyList<OutboxMessage> ClaimDue(int max) => db.InTransaction(() =>
    {
        var now = db.UtcNow;

        var pending = OutboxQueue.Pending(db, max).Where(m => m.NotBefore is null || m.NotBefore.Value.ToUniversalTime() <= now);
        var due = pending.Concat(OutboxQueue.Due(db, now, max))
            .OrderBy(m => m.NotBefore ?? m.CreatedAt)
            .ThenBy(m => m.Id)
            .Take(max)
            .Select(m => m with { State = OutboxState.Sending, Attempts = m.Attempts + 1 })
            .ToList();
        foreach (var m in due)
        {
            db.Outbox.Update(m);
        }

        return (IReadOnlyList<OutboxMessage>)due;
    });

    /// <summary>Stores what a sender reported for a claimed message.</summary>
    public Task<OutboxMessage?> RecordAsync(long id, SendOutcome outcome) => db.InTransactionAsync(() => Apply(id, outcome));

    private OutboxMessage? Apply(long id, SendOutcome outcome)
    {
        var current = db.Outbox.FindById(id);
        if (current is null || current.State != OutboxState.Sending)
        {
            return current;
        }

        var now = db.UtcNow;
        var updated = current with
        {
            Text = outcome.Text ?? current.Text,
            Segments = outcome.Segments ?? current.Segments,
            Cost = outcome.Cost ?? current.Cost,
            ProviderId = outcome.ProviderId ?? current.ProviderId,
            LastError = outcome.Error,
        };
        updated = outcome.State switch
        {
            OutboxState.Sent => updated with { State = OutboxState.Sent, SentAt = now, NotBefore = null },
            OutboxState.Delivered => updated with { State = OutboxState.Delivered, SentAt = current.SentAt ?? now, DeliveredAt = now, NotBefore = null },
            OutboxState.Failed => updated with { State = OutboxState.Failed, NotBefore = null },
            OutboxState.NotSent => updated with { State = OutboxState.NotSent, NotBefore = null },
            OutboxState.Deferred or OutboxState.Pending when current.Attempts >= options.CurrentValue.MaxAttempts =>
                updated with { State = OutboxState.Failed, NotBefore = null, LastError = $"推迟 {current.Attempts} 次后放弃：{outcome.Error}" },
            OutboxState.Deferred or OutboxState.Pending =>
                updated with { State = OutboxState.Deferred, NotBefore = outcome.RetryAt is { } at && at > now ? at : now.AddSeconds(30 * current.Attempts) },

            // Unknown, or anything a sender should not report: the provider may have it, so reconcile rather than resend.
            _ => updated with { State = OutboxState.Unknown, SentAt = now, LastError = outcome.Error ?? "发送结果未知" },
        };
        db.Outbox.Update(updated);
        return updated;
    }

    /// <summary>Messages of one channel whose outcome is unknown and still worth asking the provider about.</summary>
    public IReadOnlyList<OutboxMessage> Unknown(OutboxChannel channel)
    {
        var since = db.UtcNow - options.CurrentValue.ReconcileWindow;
        return [.. db.Outbox.Find(m => m.State == OutboxState.Unknown)
            .Where(m => m.Channel == channel && (m.SentAt ?? m.CreatedAt).ToUniversalTime() >= since)
            .OrderBy(m => m.Id)];
    }

    public OutboxMessage? Find(long id) => db.Outbox.FindById(id);

    /// <summary>Applies <paramref name="change"/> to one message in a transaction; returning null leaves it as it is.</summary>
    public OutboxMessage? Update(long id, Func<OutboxMessage, OutboxMessage?> change) => db.InTransaction(() =>
    {
        var current = db.Outbox.FindById(id);
        if (current is null || change(current) is not { } updated)
        {
            return null;
        }

        db.Outbox.Update(updated);
        return updated;
    });
}
