using Microsoft.Extensions.Options;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.WeChat.Outbound;

/// <summary>Template messages (outside the 48-hour window). The template id comes from <c>Bot:WeChat:Templates:{name}</c>, the variables fill the template's fields in order, and the outbox idempotency key is the client_msg_id, so a repeated send is not delivered twice.</summary>
public sealed class WeChatTemplateSender(WeChatApiClient api, IOptions<WeChatOptions> options, TimeProvider time) : IOutboxSender
{
    public OutboxChannel Channel => OutboxChannel.WeChatTemplate;

    public bool CallsProvider => options.Value.CanSend;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.CanSend)
        {
            return WeChatSendOutcomes.From(WeChatApiResult.NotConfigured, time, resendIsHarmless: true);
        }

        if (message.Template is null || !o.Templates.TryGetValue(message.Template, out var templateId))
        {
            return new SendOutcome(OutboxState.NotSent, Error: $"no WeChat template id configured for '{message.Template}'");
        }

        var values = message.Variables.Count > 0 ? message.Variables : [message.Text];
        var fields = o.TemplateFields.TryGetValue(message.Template, out var names)
            ? names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [.. Enumerable.Range(1, values.Count).Select(i => $"keyword{i}")];
        var data = fields.Zip(values, (field, value) => KeyValuePair.Create(field, value)).ToList();

        var result = await api.SendTemplateAsync(new TemplateSend(message.Address, templateId, data, message.IdempotencyKey), cancellationToken);
        return WeChatSendOutcomes.From(result, time, resendIsHarmless: true);
    }
}
