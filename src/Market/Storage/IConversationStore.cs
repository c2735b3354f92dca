using ZeroWork.Market.Conversations;

namespace ZeroWork.Market.Storage;

/// <summary>Where each conversation stands; kept in the store so the next message may be handled by any node.</summary>
public interface IConversationStore
{
    ConversationState? Find(string id);

    void Save(ConversationState state);

    /// <summary>Reads a conversation to continue it: the row stays locked for the rest of the unit, so two messages from one person handled on two nodes at once take turns instead of one overwriting the other's step.</summary>
    ConversationState? FindForUpdate(string id);
}
