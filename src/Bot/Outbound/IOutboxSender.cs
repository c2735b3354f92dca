using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>Delivers one outbox message on one channel. When <see cref="CallsProvider"/> the dispatcher has already committed it as <see cref="OutboxState.Sending"/>; the sender reports what happened and never throws for provider errors.</summary>
public interface IOutboxSender
{
    OutboxChannel Channel { get; }

    /// <summary>False when no provider is configured: nothing can go out, so there is nothing to be in doubt about and the Sending step is skipped.</summary>
    bool CallsProvider => true;

    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
