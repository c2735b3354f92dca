namespace ZeroWork.Market.Conversations;

/// <summary>Stores an inbound message and everything it changes in one transaction, then returns the reply. Hooks call this before they acknowledge.</summary>
public interface IInboundHandler
{
    /// <summary>For WeChat the reply is returned for the passive answer; for SMS it is also queued in the outbox inside the same transaction.</summary>
    Task<InboundResult> HandleAsync(InboundEnvelope message);
}
