using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Options;

/// <summary>The rules the WeChat console itself enforces, checked at start so a typo fails the deployment rather than every message.</summary>
public sealed partial class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.Token) && !TokenPattern().IsMatch(options.Token))
        {
            errors.Add("Bot:WeChat:Token must be 3–32 letters or digits");
        }

        if (!string.IsNullOrEmpty(options.AppId) && !AppIdPattern().IsMatch(options.AppId))
        {
            errors.Add("Bot:WeChat:AppId must be wx followed by 16 hex characters");
        }

        if (!string.IsNullOrEmpty(options.AppSecret) && string.IsNullOrEmpty(options.AppId))
        {
            errors.Add("Bot:WeChat:AppSecret is set but AppId is not");
        }

        CheckKey(options.EncodingAESKey, "EncodingAESKey", options, errors);
        CheckKey(options.PreviousEncodingAESKey, "PreviousEncodingAESKey", options, errors);
        if (!string.IsNullOrEmpty(options.PreviousEncodingAESKey) && string.IsNullOrEmpty(options.EncodingAESKey))
        {
            errors.Add("Bot:WeChat:PreviousEncodingAESKey needs EncodingAESKey");
        }

        if (options.RequireEncryption && string.IsNullOrEmpty(options.EncodingAESKey))
        {
            errors.Add("Bot:WeChat:RequireEncryption needs EncodingAESKey");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            errors.Add("Bot:WeChat:ApiBaseUrl must be an absolute http(s) URL");
        }

        foreach (var (template, id) in options.Templates)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"Bot:WeChat:Templates:{template} is empty");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckKey(string? key, string field, WeChatOptions options, List<string> errors)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        if (!WeChatAesKey.IsValid(key))
        {
            errors.Add($"Bot:WeChat:{field} must be 43 letters or digits");
        }

        if (string.IsNullOrEmpty(options.Token) || string.IsNullOrEmpty(options.AppId))
        {
            errors.Add($"Bot:WeChat:{field} needs Token and AppId (the signature and the appid check)");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{3,32}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^wx[0-9a-fA-F]{16}$")]
    private static partial Regex AppIdPattern();
}
