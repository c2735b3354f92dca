using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>Everything between the raw POST and a typed message: the 3-part signature, the mode (from <c>encrypt_type</c>, per request), msg_signature, decryption with the appid check, and safe XML parsing. Refusals carry a 4xx status.</summary>
public sealed class WeChatRequestAuthenticator(IOptions<WeChatOptions> options, WeChatKeyring keyring, TimeProvider time)
{
    private bool SignatureHolds(HookQuery query) =>
        query.Timestamp is not null && query.Nonce is not null
        && WeChatSignature.Matches(query.Signature, options.Value.Token!, query.Timestamp, query.Nonce);

    /// <summary>The 3-part signature and then the timestamp window: a signed URL from a log or a capture is refused once it is older (or newer) than <see cref="WeChatOptions.TimestampWindowSeconds"/>.</summary>
    public HookRejection? CheckQuery(HookQuery query)
    {
        if (!SignatureHolds(query))
        {
            return HookRejection.Forbidden("bad signature");
        }

        var window = options.Value.TimestampWindowSeconds;
        if (window == 0)
        {
            return null;
        }

        return long.TryParse(query.Timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= window
                ? null
                : HookRejection.Forbidden("timestamp outside the allowed window");
    }

    public (AuthenticatedMessage? Message, HookRejection? Rejection) Authenticate(HookQuery query, string body)
    {
        var o = options.Value;
        var encrypted = query.EncryptType switch
        {
            null or "" or "raw" => false,
            "aes" => true,
            _ => (bool?)null,
        };
        if (encrypted is null)
        {
            return Reject(HookRejection.BadRequest("unknown encrypt_type"));
        }

        if (encrypted == false && o.RequireEncryption)
        {
            return Reject(HookRejection.BadRequest("this account accepts encrypted messages only"));
        }

        if (encrypted == true && !keyring.Configured)
        {
            return Reject(HookRejection.BadRequest("safe mode is not configured"));
        }

        var fields = SafeXml.TryParse(body, out var error);
        if (fields is null)
        {
            return Reject(HookRejection.BadRequest(error!));
        }

        WeChatCrypto? crypto = null;
        if (encrypted == true)
        {
            var (decrypted, key, rejection) = Decrypt(query, fields);
            if (decrypted is null)
            {
                return Reject(rejection!);
            }

            (fields, crypto) = (decrypted, key);
        }

        var message = WeChatMessageParser.TryParse(fields, out error);
        return message is null
            ? Reject(HookRejection.BadRequest(error!))
            : (new AuthenticatedMessage(message, crypto, query.Nonce!), null);
    }

    /// <summary>Compatible mode sends plaintext siblings beside <c>Encrypt</c>; only the decrypted message is trusted.</summary>
    private (XmlFields? Fields, WeChatCrypto? Crypto, HookRejection? Rejection) Decrypt(HookQuery query, XmlFields envelope)
    {
        var encrypt = envelope["Encrypt"]?.Trim();
        if (string.IsNullOrEmpty(encrypt))
        {
            return (null, null, HookRejection.BadRequest("encrypt_type=aes without <Encrypt>"));
        }

        if (!WeChatSignature.Matches(query.MsgSignature, options.Value.Token!, query.Timestamp!, query.Nonce!, encrypt))
        {
            return (null, null, HookRejection.Forbidden("bad msg_signature"));
        }

        var decrypted = keyring.Decrypt(encrypt, out var crypto);
        if (decrypted.Status == CryptoStatus.AppIdMismatch)
        {
            return (null, null, HookRejection.Forbidden("message is for another appid"));
        }

        if (!decrypted.Ok)
        {
            return (null, null, HookRejection.BadRequest("ciphertext does not decrypt"));
        }

        var fields = SafeXml.TryParse(decrypted.Message!, out var error);
        return fields is null
            ? (null, null, HookRejection.BadRequest("decrypted message: " + error))
            : (fields, crypto, null);
    }

    private static (AuthenticatedMessage?, HookRejection?) Reject(HookRejection rejection) => (null, rejection);
}
