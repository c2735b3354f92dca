using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Telemetry;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.Conversations;

/// <summary>Stores each inbound message with everything it changed, and its reply, in one transaction before anything is acknowledged. A retry (same dedupe key) gets the stored reply and changes nothing.</summary>
public sealed class InboundHandler(IMarketStore db, DialogueEngine engine, TimeProvider time, MarketMetrics metrics) : IInboundHandler
{
    public const int MaxReplyLength = 600;
    public static readonly TimeSpan ConversationIdle = TimeSpan.FromMinutes(30);
    private const int RecentLines = 10;

    /// <summary>How stale the activity stamps may be: they decide the 48-hour WeChat service window and who counts as active, where a minute is nothing.</summary>
    public static readonly TimeSpan TouchResolution = TimeSpan.FromMinutes(1);

    public async Task<InboundResult> HandleAsync(InboundEnvelope message)
    {
        var result = await StoreAsync(message);
        metrics.InboundAccepted(message.Channel.ToString(), result.Duplicate);
        return result;
    }

    private Task<InboundResult> StoreAsync(InboundEnvelope message)
    {
        var now = ChinaTime.Now(time);
        var reading = engine.Read(message, now);
        return db.InTransactionAsync(() =>
        {
            var seen = db.Inbound.ByDedupeKey(message.DedupeKey);
            if (seen is not null)
            {
                return new InboundResult(seen.Reply, Duplicate: true);
            }

            var found = FindOrCreatePerson(message);
            var person = Touch(found, message, now.UtcDateTime);
            var ctx = new ConversationContext(message, person, LoadState(message, now.UtcDateTime), now, reading);

            var reply = Clamp(engine.Handle(ctx));

            // Most messages change nothing about the person but the activity stamp, which is kept to the minute: skip that write.
            if (!ReferenceEquals(ctx.Person, found))
            {
                db.People.Update(ctx.Person);
            }

            db.Conversations.Save(ctx.State with { UpdatedAt = now.UtcDateTime, Recent = Remember(ctx.State.Recent, message, reply) });
            db.Inbound.Insert(new InboundMessage
            {
                Channel = message.Channel,
                From = message.From,
                DedupeKey = message.DedupeKey,
                Kind = message.Kind,
                Text = message.Text,
                ReceivedAt = now.UtcDateTime,
                Reply = reply,
                Effects = ctx.Effects,
            });
            if (reply is not null && message.Channel == Channel.Sms)
            {
                var templated = ctx.TemplatedReply;

                // The key derives from the dedupe key just proved new, so no reply with it can exist yet.
                db.EnqueueNew(new OutboxMessage
                {
                    Channel = OutboxChannel.Sms,
                    Address = message.From,
                    Template = templated?.ReplyTemplate!.Name ?? MessageTemplates.Reply.Name,
                    Variables = templated?.ReplyVariables ?? [reply],
                    LinkPrefix = templated?.ReplyLinkPrefix,
                    Text = templated is null ? MessageTemplates.Reply.Render([reply]) : reply,
                    IdempotencyKey = "reply:" + message.DedupeKey,
                    Purpose = "reply",
                    PersonId = ctx.Person.Id,
                });
            }

            return new InboundResult(reply, Duplicate: false);
        });
    }

    /// <summary>The last lines of the chat, handed to station staff on "人工".</summary>
    private static List<string> Remember(IReadOnlyList<string> recent, InboundEnvelope message, string? reply)
    {
        var lines = new List<string>(recent) { $"用户：{message.Text ?? message.Kind}" };
        if (reply is not null)
        {
            lines.Add($"回复：{reply}");
        }

        return lines.Count > RecentLines ? lines[^RecentLines..] : lines;
    }

    private static string? Clamp(string? reply) => reply is { Length: > MaxReplyLength } ? reply[..(MaxReplyLength - 1)] + "…" : reply;

    private Person FindOrCreatePerson(InboundEnvelope message)
    {
        var from = message.From;
        var existing = message.Channel == Channel.Sms ? db.People.ByPhone(from) : db.People.ByOpenId(from);

        // Read again for update: the rest of the unit changes the person, and another node (a second message, a staff edit, a take-up) may be changing them too.
        if (existing is not null)
        {
            return db.People.FindForUpdate(existing.Id) ?? existing;
        }

        var person = new Person
        {
            Phone = message.Channel == Channel.Sms ? from : null,
            OpenId = message.Channel == Channel.WeChat ? from : null,
            PreferredChannel = message.Channel,
            CreatedAt = db.UtcNow,
        };
        return person with { Id = db.People.Insert(person) };
    }

    /// <summary>Stamps the person's activity; the same instance when the stamps are less than <see cref="TouchResolution"/> old and the channel is unchanged.</summary>
    private static Person Touch(Person person, InboundEnvelope message, DateTime utcNow)
    {
        var weChat = message.Channel == Channel.WeChat && message.Kind != "event";
        var fresh = person.PreferredChannel == message.Channel
            && utcNow - person.LastActiveAt < TouchResolution
            && (!weChat || utcNow - person.LastWeChatAt < TouchResolution);
        return fresh ? person : person with
        {
            LastActiveAt = utcNow,
            LastWeChatAt = weChat ? utcNow : person.LastWeChatAt,
            PreferredChannel = message.Channel,
        };
    }

    private ConversationState LoadState(InboundEnvelope message, DateTime utcNow)
    {
        var id = $"{message.Channel.ToString().ToLowerInvariant()}:{message.From}";
        var state = db.Conversations.FindForUpdate(id);
        if (state is null)
        {
            return new ConversationState { Id = id, Channel = message.Channel, Address = message.From, UpdatedAt = utcNow };
        }

        // An abandoned dialogue does not capture the next message.
        return utcNow - state.UpdatedAt > ConversationIdle ? state with { Flow = null, Asking = null, Slots = [], Recent = [] } : state;
    }
}
