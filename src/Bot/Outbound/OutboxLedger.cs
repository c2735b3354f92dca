using Microsoft.Extensions.Options;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Outbound;

/// <summary>
/// Every state change of an outbox message, each in its own transaction. A message becomes <see cref="OutboxState.Sending"/>
/// only in a committed step of its own right before its provider call (<see cref="BeginCallAsync"/>), so a crash leaves in
/// doubt no more messages than there were calls in flight; everything merely read for a round is still Pending.
/// </summary>
public sealed class OutboxLedger(IMarketStore db, IOptionsMonitor<OutboundOptions> options)
{
    public const string InterruptedError = "发送过程中服务中断，结果未知，等待对账";
    public const string AuditActor = "outbox";
    public const string ResendAction = "outbox.resend";
    public const string GiveUpAction = "outbox.in-doubt-final";
    public const string GiveUpError = "两次发送结果均未知，不再重发，请人工核实";
    public const string SupersededError = "已有更新的回复，此条不再发送";

    /// <summary>Messages left in Sending by a crash were mid-call and may have reached the provider: mark them Unknown so they are reconciled before anything is decided.</summary>
    public IReadOnlyList<OutboxMessage> RecoverInterrupted() => db.InTransaction(() =>
    {
        var now = db.UtcNow;
        // Each row is read again for update: one another node holds is being handled there.
        var stuck = db.Outbox.InState(OutboxState.Sending).Select(m => m.Id).ToList()
            .Select(db.Outbox.FindForUpdate)
            .Where(m => m?.State == OutboxState.Sending)
            .OfType<OutboxMessage>()
            .ToList();
        var recovered = stuck.Select(m => m with
        {
            State = OutboxState.Unknown,
            SentAt = m.SentAt ?? m.LastCall()?.At ?? now,
            LastError = InterruptedError,
            Calls = WithLast(m.Calls, m.LastCall()?.Id, c => c with { Outcome = OutboxState.Unknown, Error = InterruptedError }),
        }).ToList();
        foreach (var m in recovered)
        {
            db.Outbox.Update(m);
        }

        return (IReadOnlyList<OutboxMessage>)recovered;
    });

    /// <summary>
    /// Up to <paramref name="max"/> messages due now, without changing them: urgent ones (answers, take-up notices,
    /// consultation replies) first, pushes after, each group oldest first.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Due(int max)
    {
        var now = db.UtcNow;
        bool Ready(OutboxMessage m) => m.NotBefore is null || m.NotBefore.Value <= now;
        var urgent = db.Outbox.Pending(max, urgentOnly: true).Where(Ready).Concat(db.Outbox.Due(now, max, urgentOnly: true)).ToList();
        var rest = urgent.Count >= max ? [] : db.Outbox.Pending(max, urgentOnly: false).Where(Ready).Concat(db.Outbox.Due(now, max, urgentOnly: false));
        return [.. urgent.Concat(rest)
            .DistinctBy(m => m.Id)
            .OrderBy(m => OutboxMessage.IsUrgent(m.Purpose) ? 0 : 1)
            .ThenBy(m => m.NotBefore ?? m.CreatedAt)
            .ThenBy(m => m.Id)
            .Take(max)];
    }

    /// <summary>
    /// The committed step right before a provider call: the message becomes Sending with one more attempt and a new call
    /// id. Returns null when it is no longer due (cancelled, or already handled), when another node holds the row right
    /// now (that node is sending it), or when it is a held conversation reply that a newer reply to the same person
    /// replaced — that one is dropped (<see cref="OutboxState.Superseded"/>): sent late it would arrive after the answer to
    /// the person's next message.
    /// </summary>
    public Task<OutboxMessage?> BeginCallAsync(long id) => db.InTransactionAsync(() =>
    {
        var current = db.Outbox.FindForUpdate(id);
        if (current is null || current.State is not (OutboxState.Pending or OutboxState.Deferred))
        {
            return null;
        }

        if (current.State == OutboxState.Deferred && IsSuperseded(current))
        {
            db.Outbox.Update(current with { State = OutboxState.Superseded, NotBefore = null, LastError = SupersededError });
            return null;
        }

        var now = db.UtcNow;
        var call = new OutboxAttempt { Id = Guid.NewGuid().ToString("N"), At = now };
        var sending = current with { State = OutboxState.Sending, Attempts = current.Attempts + 1, Calls = [.. current.Calls, call] };
        db.Outbox.Update(sending);
        return sending;
    });

    /// <summary>Stores what a sender reported. <paramref name="handed"/> is the row as the sender got it: Sending after <see cref="BeginCallAsync"/>, or still Pending/Deferred for a channel that made no provider call.</summary>
    public async Task<OutboxMessage?> RecordAsync(OutboxMessage handed, SendOutcome outcome)
    {
        // Another node may hold the row for a moment (claiming or reconciling reads it for update); what the provider said must still land, or the row would stay Sending.
        for (var attempt = 1; ; attempt++)
        {
            var (held, stored) = await db.InTransactionAsync(() => Apply(handed, outcome));
            if (!held || attempt >= RecordAttempts)
            {
                return stored;
            }

            await Task.Delay(RecordRetryDelay, db.Time);
        }
    }

    /// <summary>Messages of one channel whose outcome is unknown and still worth asking the provider about.</summary>
    public IReadOnlyList<OutboxMessage> Unknown(OutboxChannel channel)
    {
        var since = db.UtcNow - options.CurrentValue.ReconcileWindow;
        return [.. db.Outbox.InState(OutboxState.Unknown)
            .Where(m => m.Channel == channel && (m.SentAt ?? m.CreatedAt) >= since)
            .OrderBy(m => m.Id)];
    }

    public OutboxMessage? Find(long id) => db.Outbox.Find(id);

    /// <summary>True once the message's last call has been in doubt for the whole <see cref="OutboundOptions.InDoubtWindow"/>.</summary>
    public bool DoubtOutlived(OutboxMessage message) =>
        db.UtcNow - (message.LastCall()?.At ?? message.SentAt ?? message.CreatedAt) >= options.CurrentValue.InDoubtWindow;

    /// <summary>
    /// The decision for a message nobody could account for: sent again once (back to Pending, the row keeps the first
    /// call), or — when a call may already have gone out twice — left Unknown for staff, never a third time. Each decision
    /// is audited once. Returns the decision made, or null when the message was no longer in doubt.
    /// </summary>
    public OutboxMessage? Decide(long id, string reason) => db.InTransaction(() =>
    {
        var current = db.Outbox.FindForUpdate(id);
        if (current is null || current.State != OutboxState.Unknown || current.LastError == GiveUpError)
        {
            return null;
        }

        var subject = "outbox:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // A row from before calls were recorded went out at most once, at SentAt: keep that call so it counts.
        var calls = current.Calls.Count > 0 ? current.Calls : [new OutboxAttempt { Id = "earlier", At = current.SentAt ?? current.CreatedAt, Outcome = OutboxState.Unknown }];
        current = current with { Calls = calls };
        OutboxMessage decided;
        if (calls.Count(c => c.MayHaveGoneOut) >= 2)
        {
            decided = current with { LastError = GiveUpError };
            db.WriteAudit(AuditActor, GiveUpAction, subject, reason);
        }
        else
        {
            decided = current with { State = OutboxState.Pending, NotBefore = null, LastError = "结果未知，重发一次：" + reason };
            db.WriteAudit(AuditActor, ResendAction, subject, reason);
            db.Raise(new Market.Events.OutboxQueued());
        }

        db.Outbox.Update(decided);
        return decided;
    });

    /// <summary>Applies <paramref name="change"/> to one message in a transaction; returning null leaves it as it is.</summary>
    public OutboxMessage? Update(long id, Func<OutboxMessage, OutboxMessage?> change) => db.InTransaction(() =>
    {
        var current = db.Outbox.FindForUpdate(id);
        if (current is null || change(current) is not { } updated)
        {
            return null;
        }

        db.Outbox.Update(updated);
        return updated;
    });

    private static IReadOnlyList<OutboxAttempt> WithLast(IReadOnlyList<OutboxAttempt> calls, string? id, Func<OutboxAttempt, OutboxAttempt> change) =>
        id is null ? calls : [.. calls.Select(c => c.Id == id ? change(c) : c)];

    /// <summary>A conversation reply (keyed by the inbound message it answers) with a newer conversation reply to the same address.</summary>
    private bool IsSuperseded(OutboxMessage held) =>
        held.IdempotencyKey.StartsWith(ReplyKeyPrefix, StringComparison.Ordinal)
        && db.Outbox.ToAddress(held.Address)
            .Any(m => m.Id > held.Id && m.Channel == held.Channel && m.IdempotencyKey.StartsWith(ReplyKeyPrefix, StringComparison.Ordinal));

    private const string ReplyKeyPrefix = "reply:";

    private const int RecordAttempts = 20;

    private static readonly TimeSpan RecordRetryDelay = TimeSpan.FromMilliseconds(50);

    /// <returns>Held when another node holds the row right now and nothing was stored; otherwise the row as it now is.</returns>
    private (bool Held, OutboxMessage? Stored) Apply(OutboxMessage handed, SendOutcome outcome)
    {
        var current = db.Outbox.FindForUpdate(handed.Id);
        if (current is null)
        {
            return (db.Outbox.Find(handed.Id) is not null, null);
        }

        var callId = handed.LastCall()?.Id;
        // A node starting up marks every Sending row interrupted, including the calls another node still has in flight: that call's answer is better than the guess, so it is still taken.
        var inFlight = current.State == OutboxState.Sending || (current.State == OutboxState.Unknown && current.LastError == InterruptedError);
        var expected = handed.State == OutboxState.Sending
            ? inFlight && current.LastCall()?.Id == callId
            : current.State == handed.State;
        if (!expected)
        {
            return (false, current);
        }

        var now = db.UtcNow;
        var attempts = handed.State == OutboxState.Sending ? current.Attempts : current.Attempts + 1;
        var updated = current with
        {
            Attempts = attempts,
            Text = outcome.Text ?? current.Text,
            Segments = outcome.Segments ?? current.Segments,
            Cost = outcome.Cost ?? current.Cost,
            ProviderId = outcome.ProviderId ?? current.ProviderId,
            LastError = outcome.Error,
            Calls = WithLast(current.Calls, handed.State == OutboxState.Sending ? callId : null, c => c with { Outcome = Settled(outcome.State), ProviderId = outcome.ProviderId, Error = outcome.Error }),
        };
        updated = outcome.State switch
        {
            OutboxState.Sent => updated with { State = OutboxState.Sent, SentAt = now, NotBefore = null },
            OutboxState.Delivered => updated with { State = OutboxState.Delivered, SentAt = current.SentAt ?? now, DeliveredAt = now, NotBefore = null },
            OutboxState.Failed => updated with { State = OutboxState.Failed, NotBefore = null },
            OutboxState.NotSent => updated with { State = OutboxState.NotSent, NotBefore = null },
            OutboxState.Deferred or OutboxState.Pending when attempts >= options.CurrentValue.MaxAttempts =>
                updated with { State = OutboxState.Failed, NotBefore = null, LastError = $"推迟 {attempts} 次后放弃：{outcome.Error}" },
            OutboxState.Deferred or OutboxState.Pending =>
                updated with { State = OutboxState.Deferred, NotBefore = outcome.RetryAt is { } at && at > now ? at : now.AddSeconds(30 * attempts) },

            // Unknown, or anything a sender should not report: the provider may have it, so reconcile before deciding.
            _ => updated with { State = OutboxState.Unknown, SentAt = now, LastError = outcome.Error ?? "发送结果未知" },
        };
        db.Outbox.Update(updated);
        return (false, updated);
    }

    private static OutboxState Settled(OutboxState reported) =>
        reported is OutboxState.Sent or OutboxState.Delivered or OutboxState.Failed or OutboxState.NotSent or OutboxState.Deferred or OutboxState.Pending
            ? reported == OutboxState.Pending ? OutboxState.Deferred : reported
            : OutboxState.Unknown;
}
