using System.Text.RegularExpressions;

namespace ZeroWork.Server.Hosting.Logging;

/// <summary>
/// What must never reach a log: the signed query of a WeChat hook (a plain-mode signature does not cover the body, so a
/// logged URL is a replayable credential), access tokens, and the SMS callback key, which is the callbacks' only guard.
/// </summary>
public static partial class LogRedaction
{
    public const string Mask = "***";

    /// <summary><paramref name="text"/> with every secret query value and the SMS callback key replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text)
    {
        if (!text.Contains('=', StringComparison.Ordinal) && !text.Contains("/hooks/sms/", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return SmsKey().Replace(SecretParameters().Replace(text, Mask), Mask);
    }

    [GeneratedRegex(@"(?<=(?:^|[?&\s])(?:signature|msg_signature|nonce|timestamp|echostr|access_token|openid|appsecret|secret)=)[^&\s""'#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameters();

    [GeneratedRegex(@"(?<=/hooks/sms/)[^/?\s""'#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmsKey();
}
