using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Templates;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Sms.Options;

/// <summary>Says at start what the SMS channel can do, so a missing template id or a template Tencent would not approve is seen before the first message fails.</summary>
public sealed class SmsStartupReport(IOptions<SmsOptions> options, ILogger<SmsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.HasCredentials)
        {
            logger.LogWarning("SMS provider not configured (Bot:Sms:SecretId/SecretKey): SMS are rendered into the outbox and marked NotSent");
        }
        else
        {
            var missing = MessageTemplates.All.Where(t => !o.Templates.ContainsKey(t.Name)).Select(t => t.Name).ToList();
            if (missing.Count > 0)
            {
                logger.LogWarning("SMS templates without a provider template id (Bot:Sms:Templates:<Name>); such messages will fail: {Templates}", string.Join(", ", missing));
            }
        }

        foreach (var template in MessageTemplates.All.Where(t => o.Templates.ContainsKey(t.Name)))
        {
            // Tencent rejects templates that are nothing but variables, and links must be fixed template text (spec §10).
            if (IsOnlyVariables(template.Text))
            {
                logger.LogWarning("SMS template {Name} is only variables ({Text}); Tencent does not approve such templates", template.Name, template.Text);
            }
        }

        if (!o.HooksEnabled)
        {
            logger.LogWarning("Bot:Sms:CallbackKey not set: the SMS reply and receipt callbacks answer 404");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static bool IsOnlyVariables(string templateText) =>
        SmsComposer.VariableCount(templateText) > 0
        && System.Text.RegularExpressions.Regex.Replace(templateText, @"\{\d+\}", "").Trim().Length == 0;
}
