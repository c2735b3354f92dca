using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Storage;

/// <summary>Every acknowledged inbound message; its dedupe key is unique, so a provider's retry is answered from here and never handled twice.</summary>
public interface IInboundLog
{
    InboundMessage? ByDedupeKey(string dedupeKey);

    long Insert(InboundMessage message);

    /// <summary>The latest <paramref name="count"/> messages from an address, oldest first.</summary>
    IReadOnlyList<InboundMessage> LatestFrom(string address, int count);

    long Count();

    /// <summary>Every stored message, by id (exports and tests).</summary>
    IEnumerable<InboundMessage> All();
}
