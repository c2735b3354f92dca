using System.Globalization;
using LiteDB;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>
/// Delivery reports: stored first (deduplicated on sid + status), then applied to the outbox message with that
/// SerialNo, or the one named by its SessionContext, or, for a send that ended Unknown, the unresolved message to that
/// number. A report that matches nothing yet (it can beat the SendSms answer) is kept and applied later.
/// </summary>
public sealed class SmsReceipts
{
    public const string CollectionName = "sms_receipts";

    private readonly MarketDb db;
    private readonly ILiteCollection<SmsReceipt> receipts;

    public SmsReceipts(MarketDb db)
    {
        this.db = db;
        receipts = db.Database.GetCollection<SmsReceipt>(CollectionName);
        receipts.EnsureIndex(r => r.Key, unique: true);
        receipts.EnsureIndex(r => r.Sid);
        db.Outbox.EnsureIndex(m => m.ProviderId);
        db.Outbox.EnsureIndex(m => m.Address);
    }

    public ILiteCollection<SmsReceipt> Collection => receipts;

    /// <returns>false when the same (sid, status) was already recorded.</returns>
    public bool Record(SmsReceipt receipt) => db.InTransaction(() =>
    {
        var key = receipt.Sid + "|" + receipt.Status.ToUpperInvariant();
        if (receipts.FindOne(r => r.Key == key) is not null)
        {
            return false;
        }

        var stored = receipt with { Key = key, ReceivedAt = db.UtcNow };
        stored = stored with { Id = receipts.Insert(stored).AsInt64 };
        Apply(stored);
        return true;
    });

    /// <summary>Retries reports that matched no message yet, from the last <paramref name="window"/>.</summary>
    public int ApplyPending(TimeSpan window)
    {
        var since = db.UtcNow - window;
        var pending = receipts.Find(r => r.OutboxId == null).Where(r => r.ReceivedAt.ToUniversalTime() >= since).ToList();
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
        receipts.Update(receipt with { OutboxId = message.Id });
        return true;
    }

    private OutboxMessage? Match(SmsReceipt receipt)
    {
        // Not while it is still Sending: the SendSms answer is about to be recorded and would otherwise overwrite this.
        static bool Open(OutboxMessage m) => m.Channel == OutboxChannel.Sms && m.State is OutboxState.Sent or OutboxState.Unknown or OutboxState.Delivered or OutboxState.Failed;

        if (receipt.SessionContext is { } context
            && context.StartsWith("outbox:", StringComparison.Ordinal)
            && long.TryParse(context.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && db.Outbox.FindById(id) is { } byContext
            && Open(byContext))
        {
            return byContext;
        }

        var sid = receipt.Sid;
        if (db.Outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.ProviderId), sid)).FirstOrDefault(Open) is { } bySid)
        {
            return bySid;
        }

        // A timed-out send has no SerialNo: the report for that number is the answer.
        var latest = (receipt.UserReceiveTime ?? db.UtcNow).AddMinutes(5);
        return SmsOutbox.To(db, receipt.Mobile)
            .Where(m => m.Channel == OutboxChannel.Sms && m.State == OutboxState.Unknown && m.ProviderId == null && (m.SentAt ?? m.CreatedAt).ToUniversalTime() <= latest)
            .OrderByDescending(m => m.SentAt ?? m.CreatedAt)
            .FirstOrDefault();
    }
}
