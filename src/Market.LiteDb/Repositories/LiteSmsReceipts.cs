using LiteDB;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteSmsReceipts(ILiteCollection<SmsReceipt> receipts) : ISmsReceiptStore
{
    public SmsReceipt? ByKey(string key) => receipts.FindOne(StoreQuery.Equal(nameof(SmsReceipt.Key), key));

    public long Insert(SmsReceipt receipt) => receipts.Insert(receipt).AsInt64;

    public void Update(SmsReceipt receipt) => receipts.Update(receipt);

    public IReadOnlyList<SmsReceipt> Unmatched(DateTime sinceUtc) =>
        [.. receipts.Find(r => r.OutboxId == null).Where(r => r.ReceivedAt >= sinceUtc)];

    public long Count() => receipts.LongCount();
}
