namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>The AES-256 key derived from the 43-character EncodingAESKey; the IV is its first 16 bytes (fixed by the protocol, never sent).</summary>
public sealed class WeChatAesKey
{
    public const int EncodedLength = 43;

    private WeChatAesKey(byte[] key) => Key = key;

    public byte[] Key { get; }

    public ReadOnlySpan<byte> Iv => Key.AsSpan(0, 16);

    /// <summary>True when <paramref name="encodingAesKey"/> is 43 characters of [A-Za-z0-9] that decode to 32 bytes.</summary>
    public static bool IsValid(string? encodingAesKey) => TryParse(encodingAesKey, out _);

    public static bool TryParse(string? encodingAesKey, out WeChatAesKey key)
    {
        key = null!;
        if (encodingAesKey is not { Length: EncodedLength } || !encodingAesKey.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        // Convert accepts non-zero unused bits in the last character, as Tencent's own sample key needs.
        var bytes = Convert.FromBase64String(encodingAesKey + "=");
        if (bytes.Length != 32)
        {
            return false;
        }

        key = new WeChatAesKey(bytes);
        return true;
    }

    public static WeChatAesKey Parse(string encodingAesKey) =>
        TryParse(encodingAesKey, out var key) ? key : throw new FormatException("EncodingAESKey must be 43 characters of A-Z, a-z, 0-9");
}
