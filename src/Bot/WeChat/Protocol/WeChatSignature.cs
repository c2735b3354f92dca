using System.Security.Cryptography;
using System.Text;

namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>The SHA-1 signatures of the official-account protocol: the 3-part <c>signature</c> (token, timestamp, nonce) and the 4-part <c>msg_signature</c> (plus the ciphertext).</summary>
public static class WeChatSignature
{
    /// <summary>Lower-hex SHA-1 over the UTF-8 bytes of the parts sorted ordinally and joined. Culture-aware sorting gives wrong signatures under ICU, hence the explicit comparer.</summary>
#pragma warning disable CA5350 // SHA-1 is what the WeChat protocol specifies; there is no choice.
    public static string Compute(params string[] parts)
    {
        var sorted = (string[])parts.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }
#pragma warning restore CA5350

    /// <summary>Constant-time comparison of a received signature with the expected one, so a forger learns nothing from response timing.</summary>
    public static bool Matches(string? received, params string[] parts)
    {
        if (string.IsNullOrEmpty(received) || received.Length > 64 || Array.Exists(parts, p => p is null))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(received));
    }
}
