using ZeroWork.Bot.WeChat.Replies;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.WeChat.Outbound;

/// <summary>How an outbox message asks for a news (图文) customer-service message: <see cref="OutboxMessage.Template"/> = <see cref="TemplateName"/> and Variables = title, description, url[, picurl].</summary>
public static class WeChatNews
{
    public const string TemplateName = "WeChatNews";

    public static NewsArticle? Read(OutboxMessage message) =>
        message.Template == TemplateName && message.Variables.Count >= 3
            ? new NewsArticle(message.Variables[0], message.Variables[1], message.Variables[2], message.Variables.Count > 3 ? message.Variables[3] : null)
            : null;
}
