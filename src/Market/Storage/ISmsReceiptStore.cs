using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Storage;

/// <summary>SMS status receipts as the provider reported them; <see cref="SmsReceipt.Key"/> (serial number and status) is unique.</summary>
public interface ISmsReceiptStore
{
    SmsReceipt? ByKey(string key);

    long Insert(SmsReceipt receipt);

    void Update(SmsReceipt receipt);

    /// <summary>Receipts not yet matched to an outbox row, received since <paramref name="sinceUtc"/>.</summary>
    IReadOnlyList<SmsReceipt> Unmatched(DateTime sinceUtc);

    long Count();
}
