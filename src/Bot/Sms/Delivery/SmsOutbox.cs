using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>Outbox rows addressed to one mobile number, however it was written (11 digits or +86…). Two exact-address reads, each an index seek: a scan of the whole outbox on every send would grow with the outbox.</summary>
public static class SmsOutbox
{
    public static IEnumerable<OutboxMessage> To(IMarketStore db, string mobile)
    {
        var e164 = MainlandMobile.ToE164(mobile);
        var rows = db.Outbox.ToAddress(mobile);
        return e164 == mobile ? rows : rows.Concat(db.Outbox.ToAddress(e164));
    }
}
