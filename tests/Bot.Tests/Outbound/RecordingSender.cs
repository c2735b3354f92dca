using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Outbound;

/// <summary>A sender that records what it was given (and the stored state at that moment) and answers from a function.</summary>
internal sealed class RecordingSender(OutboxChannel channel, IMarketStore db, Func<OutboxMessage, Task<SendOutcome>>? answer = null) : IOutboxSender
{
    public OutboxChannel Channel => channel;

    public List<(OutboxMessage Given, OutboxMessage StoredDuringCall)> Calls { get; } = [];

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add((message, db.Outbox.Find(message.Id)!));
        }

        return answer is null ? new SendOutcome(OutboxState.Sent, ProviderId: "p" + message.Id) : await answer(message);
    }
}
