using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Outbound;

/// <summary>Delivers one outbox message on one channel. The dispatcher has already marked it <see cref="OutboxState.Sending"/>; the sender reports what happened and never throws for provider errors.</summary>
public interface IOutboxSender
{
    OutboxChannel Channel { get; }

    Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
