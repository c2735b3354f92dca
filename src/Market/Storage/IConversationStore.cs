using ZeroWork.Market.Conversations;

namespace ZeroWork.Market.Storage;

/// <summary>Where each conversation stands; kept in the store so the next message may be handled by any node.</summary>
public interface IConversationStore
{
    ConversationState? Find(string id);

    void Save(ConversationState state);
}
