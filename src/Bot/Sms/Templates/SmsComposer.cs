using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Sms.Templates;

/// <summary>Turns an outbox message into what SendSms needs: template from the catalogue, provider id from <c>Bot:Sms:Templates</c>, variables cleaned and trimmed to the length rules, segments and cost counted with the signature.</summary>
public sealed partial class SmsComposer(IOptionsMonitor<SmsOptions> options)
{
    public SmsComposition Compose(OutboxMessage message)
    {
        var o = options.CurrentValue;
        var template = MessageTemplates.Find(message.Template);
        if (template is null)
        {
            return Unsendable(message, o, message.Template is null ? "短信只能按模板发送，这条消息没有模板" : $"模板 {message.Template} 不在模板目录中");
        }

        var expected = VariableCount(template.Text);
        if (message.Variables.Count != expected)
        {
            return Unsendable(message, o, $"模板 {template.Name} 需要 {expected} 个变量，实际 {message.Variables.Count} 个");
        }

        var variables = message.Variables.Select(v => SmsVariableCleaner.Clean(v, o.MaxVariableLength)).ToArray();
        FitMessageLength(template, variables, o, message.LinkPrefix);
        var body = template.Render(variables, message.LinkPrefix);
        var segments = SmsSegments.Count(o.SignName, body);
        var templateId = o.Templates.GetValueOrDefault(template.Name);
        var error = string.IsNullOrWhiteSpace(templateId) ? $"未配置模板 {template.Name} 的短信服务商模板 ID（Bot:Sms:Templates:{template.Name}）" : null;
        return new SmsComposition(templateId, variables, body, segments, segments * o.PricePerSegment, error);
    }

    /// <summary>The number of distinct {n} placeholders (the count Tencent checks TemplateParamSet against).</summary>
    public static int VariableCount(string templateText) =>
        Placeholder().Matches(templateText).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    /// <summary>Signature + body must stay within the provider's maximum: shorten the longest variable until it fits.</summary>
    private static void FitMessageLength(MessageTemplate template, string[] variables, SmsOptions o, string? linkPrefix)
    {
        while (SmsSegments.Length(SmsSegments.Signed(o.SignName, template.Render(variables, linkPrefix))) > o.MaxMessageLength)
        {
            var longest = Array.IndexOf(variables, variables.MaxBy(SmsSegments.Length));
            var length = SmsSegments.Length(variables[longest]);
            if (longest < 0 || length <= 1)
            {
                return;
            }

            var over = SmsSegments.Length(SmsSegments.Signed(o.SignName, template.Render(variables, linkPrefix))) - o.MaxMessageLength;
            variables[longest] = SmsVariableCleaner.Truncate(variables[longest], Math.Max(1, length - over));
        }
    }

    private static SmsComposition Unsendable(OutboxMessage message, SmsOptions o, string error)
    {
        var segments = SmsSegments.Count(o.SignName, message.Text);
        return new SmsComposition(null, message.Variables, message.Text, segments, segments * o.PricePerSegment, error);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
