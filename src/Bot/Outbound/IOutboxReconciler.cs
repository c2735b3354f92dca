using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>Finds out what became of messages whose send ended <see cref="OutboxState.Unknown"/> (a timeout, a crash mid-send) and records it through <see cref="OutboxLedger"/>. Never resends.</summary>
public interface IOutboxReconciler
{
    OutboxChannel Channel { get; }

    Task ReconcileAsync(IReadOnlyList<OutboxMessage> unknown, CancellationToken cancellationToken);
}
