using System.Globalization;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Bot.WeChat.Replies;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>Renders the handler's answer as the passive reply: <c>success</c> when there is nothing to say (or saying is pointless), otherwise text XML within 2048 bytes, encrypted when the request was. Text beyond the limit goes to the outbox for the customer-service API.</summary>
public sealed class ReplyComposer(IOptions<WeChatOptions> options, IMarketStore db, TimeProvider time)
{
    public (string Body, string ContentType) Compose(AuthenticatedMessage request, string dedupeKey, InboundResult result)
    {
        var message = request.Message;
        if (string.IsNullOrWhiteSpace(result.Reply) || message is EventMessage { Event: var e } && WeChatEvents.AcknowledgeOnly(e))
        {
            // The acknowledgement is never encrypted, even in safe mode.
            return (ReplyXml.Ack, "text/plain; charset=utf-8");
        }

        var chunks = Utf8Chunks.Split(result.Reply, ReplyXml.MaxTextBytes);
        if (chunks.Count > 1)
        {
            QueueRest(message.FromUserName, dedupeKey, chunks);
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var xml = ReplyXml.Text(message.FromUserName, message.ToUserName, now, chunks[0]);
        if (request.Crypto is { } crypto)
        {
            xml = EncryptedEnvelope.Render(options.Value.Token!, crypto.Encrypt(xml), now.ToString(CultureInfo.InvariantCulture), request.Nonce);
        }

        return (xml, "text/xml; charset=utf-8");
    }

    /// <summary>Keyed by the inbound message, so a WeChat retry cannot queue the rest twice.</summary>
    private void QueueRest(string openId, string dedupeKey, IReadOnlyList<string> chunks) => db.InTransaction(() =>
    {
        for (var i = 1; i < chunks.Count; i++)
        {
            db.Enqueue(new OutboxMessage
            {
                Channel = OutboxChannel.WeChatCustom,
                Address = openId,
                Template = MessageTemplates.Reply.Name,
                Variables = [chunks[i]],
                Text = chunks[i],
                IdempotencyKey = $"{dedupeKey}#reply{i}",
                Purpose = "reply",
            });
        }
    });
}
