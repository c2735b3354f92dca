using ZeroWork.Market.Conversations;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgConversations(DocTable<ConversationState> conversations) : IConversationStore
{
    public ConversationState? Find(string id) => conversations.ById(id);

    public void Save(ConversationState state) => conversations.Upsert(state);

    public ConversationState? FindForUpdate(string id) => conversations.ById(id, forUpdate: true);
}
