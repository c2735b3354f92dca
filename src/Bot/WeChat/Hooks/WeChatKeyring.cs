using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>The current EncodingAESKey and, during a rotation, the previous one. A message is decrypted with whichever works, and its reply encrypted with the same key.</summary>
public sealed class WeChatKeyring
{
    private readonly IReadOnlyList<WeChatCrypto> keys;

    public WeChatKeyring(IOptions<WeChatOptions> options)
    {
        var o = options.Value;
        keys = new[] { o.EncodingAESKey, o.PreviousEncodingAESKey }
            .Where(k => !string.IsNullOrEmpty(k) && !string.IsNullOrEmpty(o.AppId))
            .Select(k => new WeChatCrypto(WeChatAesKey.Parse(k!), o.AppId!))
            .ToList();
    }

    public bool Configured => keys.Count > 0;

    /// <summary>The first successful decryption, else the current key's failure (so a foreign appid is reported as such).</summary>
    public Decrypted Decrypt(string encrypt, out WeChatCrypto? used)
    {
        used = null;
        Decrypted? first = null;
        foreach (var key in keys)
        {
            var result = key.Decrypt(encrypt);
            if (result.Ok)
            {
                used = key;
                return result;
            }

            first ??= result;
        }

        return first ?? new Decrypted(CryptoStatus.BadLayout);
    }
}
