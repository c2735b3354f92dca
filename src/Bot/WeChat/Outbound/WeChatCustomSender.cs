using Microsoft.Extensions.Options;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.WeChat.Outbound;

/// <summary>Customer-service messages (inside the 48-hour window): text, or one news article when the message asks for <see cref="WeChatNews"/>.</summary>
public sealed class WeChatCustomSender(WeChatApiClient api, IOptions<WeChatOptions> options, TimeProvider time) : IOutboxSender
{
    public OutboxChannel Channel => OutboxChannel.WeChatCustom;

    public bool CallsProvider => options.Value.CanSend;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var result = WeChatNews.Read(message) is { } article
            ? await api.SendCustomNewsAsync(message.Address, article, cancellationToken)
            : await api.SendCustomTextAsync(message.Address, message.Text, cancellationToken);

        // custom/send has no idempotency key: a send that may have arrived is not repeated at once (WeChatInDoubtReconciler decides later).
        return WeChatSendOutcomes.From(result, time, resendIsHarmless: false);
    }
}
