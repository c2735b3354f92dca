using System.Globalization;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>
/// Delivery reports: stored first (deduplicated on sid + status), then applied to the outbox message with that
/// SerialNo, or the one named by its SessionContext, or, for a send that ended Unknown, the unresolved message to that
/// number. A report that matches nothing yet (it can beat the SendSms answer, or another node holds the message right
/// now) is kept and applied later.
/// </summary>
public sealed class SmsReceipts(IMarketStore db)
{
    /// <returns>false when the same (sid, status) was already recorded.</returns>
    public bool Record(SmsReceipt receipt) => db.InTransaction(() =>
    {
        var key = receipt.Sid + "|" + receipt.Status.ToUpperInvariant();
        if (db.SmsReceipts.ByKey(key) is not null)
        {
            return false;
        }

        var stored = receipt with { Key = key, ReceivedAt = db.UtcNow };
        stored = stored with { Id = db.SmsReceipts.Insert(stored) };
        Apply(stored);
        return true;
    });

    /// <summary>Retries reports that matched no message yet, from the last <paramref name="window"/>.</summary>
    public int ApplyPending(TimeSpan window)
    {
        var pending = db.SmsReceipts.Unmatched(db.UtcNow - window);
        return pending.Count(r => db.InTransaction(() => Apply(r)));
    }

    private bool Apply(SmsReceipt receipt)
    {
        var message = Match(receipt);
        if (message is null)
        {
            return false;
        }

        var at = receipt.UserReceiveTime ?? db.UtcNow;
        var detail = string.Join(" ", new[] { receipt.Code, receipt.Description }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var updated = receipt.Success
            ? message with { State = OutboxState.Delivered, DeliveredAt = at, SentAt = message.SentAt ?? at, ProviderId = receipt.Sid, LastError = null }
            : message.State == OutboxState.Delivered
                ? message
                : message with { State = OutboxState.Failed, ProviderId = receipt.Sid, LastError = "短信未送达：" + (detail.Length > 0 ? detail : "FAIL") };
        db.Outbox.Update(updated);
        db.SmsReceipts.Update(receipt with { OutboxId = message.Id });
        return true;
    }

    /// <summary>The message the report is about, read for update; null when none matches (yet), or another node holds it right now.</summary>
    private OutboxMessage? Match(SmsReceipt receipt)
    {
        // Not while it is still Sending: the SendSms answer is about to be recorded and would otherwise overwrite this.
        static bool Open(OutboxMessage m) => m.Channel == OutboxChannel.Sms && m.State is OutboxState.Sent or OutboxState.Unknown or OutboxState.Delivered or OutboxState.Failed;

        if (receipt.SessionContext is { } context
            && context.StartsWith("outbox:", StringComparison.Ordinal)
            && long.TryParse(context.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && db.Outbox.Find(id) is { } byContext
            && Open(byContext))
        {
            return Locked(byContext, Open);
        }

        var sid = receipt.Sid;
        if (db.Outbox.ByProviderId(sid).FirstOrDefault(Open) is { } bySid)
        {
            return Locked(bySid, Open);
        }

        // A timed-out send has no SerialNo: the report for that number is the answer.
        var latest = (receipt.UserReceiveTime ?? db.UtcNow).AddMinutes(5);
        bool Unresolved(OutboxMessage m) => m.Channel == OutboxChannel.Sms && m.State == OutboxState.Unknown && m.ProviderId == null && (m.SentAt ?? m.CreatedAt) <= latest;
        var byNumber = SmsOutbox.To(db, receipt.Mobile)
            .Where(Unresolved)
            .OrderByDescending(m => m.SentAt ?? m.CreatedAt)
            .FirstOrDefault();
        return byNumber is null ? null : Locked(byNumber, Unresolved);
    }

    /// <summary>The row again, for update, if it still is what it was matched as.</summary>
    private OutboxMessage? Locked(OutboxMessage found, Func<OutboxMessage, bool> still) =>
        db.Outbox.FindForUpdate(found.Id) is { } locked && still(locked) ? locked : null;
}
