using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Messaging;

/// <summary>Tells a person something by their own channel, through the outbox (inside the caller's transaction, so the message and the change land together).</summary>
public static class Notify
{
    /// <returns>The queued message, or null when the person has no address we may use.</returns>
    public static OutboxMessage? Person(IMarketStore db, int personId, MessageTemplate template, IReadOnlyList<string> variables, string idempotencyKey, string purpose)
    {
        var person = db.People.Find(personId);
        if (person is null || ChannelChooser.Choose(person, db.UtcNow) is not { } route)
        {
            return null;
        }

        return db.Enqueue(new OutboxMessage
        {
            Channel = route.Channel,
            Address = route.Address,
            Template = template.Name,
            Variables = variables,
            Text = template.Render(variables),
            IdempotencyKey = idempotencyKey,
            Purpose = purpose,
            PersonId = person.Id,
        });
    }
}
