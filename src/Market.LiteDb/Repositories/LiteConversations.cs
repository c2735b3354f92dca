using LiteDB;
using ZeroWork.Market.Conversations;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteConversations(ILiteCollection<ConversationState> conversations) : IConversationStore
{
    public ConversationState? Find(string id) => conversations.FindById(id);

    public void Save(ConversationState state) => conversations.Upsert(state);

    public ConversationState? FindForUpdate(string id) => conversations.Query().Where(c => c.Id == id).ForUpdate().FirstOrDefault();
}
