using Microsoft.Extensions.Options;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Sms.Options;

/// <summary>The cross-field rules DataAnnotations cannot say: credentials come as a pair and need an app id and a signature.</summary>
public sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SecretId) != string.IsNullOrWhiteSpace(options.SecretKey))
        {
            errors.Add("Bot:Sms:SecretId 与 Bot:Sms:SecretKey 必须同时配置");
        }

        if (options.HasCredentials)
        {
            if (string.IsNullOrWhiteSpace(options.SdkAppId) || !options.SdkAppId.All(char.IsAsciiDigit))
            {
                errors.Add("Bot:Sms:SdkAppId 必须是短信应用的数字 ID（如 1400006666）");
            }

            if (options.SignName is not { Length: >= 2 and <= 12 } sign || sign.Contains('【') || sign.Contains('】'))
            {
                errors.Add("Bot:Sms:SignName 必须是 2–12 个字的已审核签名，不带【】");
            }
        }

        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http") || endpoint.AbsolutePath != "/")
        {
            errors.Add("Bot:Sms:Endpoint 必须是形如 https://sms.tencentcloudapi.com 的地址（路径为 /）");
        }

        if (options.CallbackKey is { Length: > 0 and < 16 })
        {
            errors.Add("Bot:Sms:CallbackKey 至少 16 个字符，回调地址靠它防猜测");
        }

        if (options.CallbackKey is { Length: > 0 } key && !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("Bot:Sms:CallbackKey 只能包含字母、数字、- 和 _");
        }

        foreach (var (template, id) in options.Templates)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"Bot:Sms:Templates:{template} 的模板 ID 为空");
            }

            if (MessageTemplates.Find(template) is null)
            {
                errors.Add($"Bot:Sms:Templates:{template} 不是模板目录中的模板名（{string.Join("、", MessageTemplates.All.Select(t => t.Name))}）");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
