using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>Finds out what became of messages whose send ended <see cref="OutboxState.Unknown"/> (a timeout, a 5xx, a garbled answer, a crash mid-call) and records it through <see cref="OutboxLedger"/>; only when the provider has been asked and could not account for one after <see cref="OutboundOptions.InDoubtWindow"/> does it hand it to <see cref="OutboxLedger.Decide"/>.</summary>
public interface IOutboxReconciler
{
    OutboxChannel Channel { get; }

    Task ReconcileAsync(IReadOnlyList<OutboxMessage> unknown, CancellationToken cancellationToken);
}
