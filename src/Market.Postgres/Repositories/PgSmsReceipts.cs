using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgSmsReceipts(DocTable<SmsReceipt> receipts) : ISmsReceiptStore
{
    public SmsReceipt? ByKey(string key) => receipts.One("WHERE key = @p0", false, key);

    public long Insert(SmsReceipt receipt) => receipts.Insert(receipt);

    public void Update(SmsReceipt receipt) => receipts.Update(receipt);

    public IReadOnlyList<SmsReceipt> Unmatched(DateTime sinceUtc) => receipts.Many("WHERE outbox_id IS NULL AND received_at >= @p0 ORDER BY id", sinceUtc);

    public long Count() => receipts.Count();
}
