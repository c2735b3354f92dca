using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Matcher;

namespace ZeroWork.Server.Hosting;

/// <summary>SMS carry <c>/go/{job}</c> links built from <c>Matcher:PublicBaseUrl</c>: with a real provider, a link to localhost (the default) or to no host would reach every worker broken. Here in Server because it spans the Bot's and the Matcher's settings.</summary>
public sealed class PublicLinkValidator(IOptions<SmsOptions> sms) : IValidateOptions<MatcherOptions>
{
    public const string Rule = "Matcher:PublicBaseUrl 必须是工人手机能打开的公网地址（配置了 Bot:Sms 凭据时不能为空，也不能是 localhost 或 127.x）";

    public ValidateOptionsResult Validate(string? name, MatcherOptions options)
    {
        if (!sms.Value.HasCredentials)
        {
            return ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && !url.IsLoopback
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(Rule);
    }
}
