using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>Outbox rows addressed to one mobile number, however it was written (11 digits or +86…). Two index seeks: LiteDB cannot use an index for an OR, and a scan of the whole outbox on every send grows with the outbox.</summary>
public static class SmsOutbox
{
    public static IEnumerable<OutboxMessage> To(MarketDb db, string mobile)
    {
        var e164 = MainlandMobile.ToE164(mobile);
        var rows = db.Outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.Address), mobile));
        return e164 == mobile ? rows : rows.Concat(db.Outbox.Find(StoreQuery.Equal(nameof(OutboxMessage.Address), e164)));
    }
}
