using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

/// <summary>Every vector marked verified in the shared file, one theory case each, dispatched on its kind. A kind this class does not know fails, so a new vector cannot be skipped silently.</summary>
public sealed class VerifiedVectorTests
{
    public static TheoryData<string> Verified => WeChatVectors.Ids(verified: true);

    [Fact]
    public void The_file_holds_every_verified_vector_the_spec_lists()
    {
        // 18 crypto/signature vectors plus 13 parse samples (spec §6).
        Assert.Equal(31, Verified.Count);
    }

    [Theory]
    [MemberData(nameof(Verified))]
    public void Vector_holds(string id)
    {
        var v = WeChatVectors.ById(id);
        var input = v.GetProperty("input");
        var expected = v.GetProperty("expected");
        switch (v.Str("kind"))
        {
            case "signature":
                Signature(input, expected);
                break;
            case "msg_signature":
                MsgSignature(input, expected);
                break;
            case "decrypt":
                DecryptVectors.Check(input, expected);
                break;
            case "encrypt":
                EncryptVectors.Check(input, expected);
                break;
            case "parse":
                ParseVectors.Check(input, expected);
                break;
            default:
                Assert.Fail($"vector kind '{v.Str("kind")}' has no test");
                break;
        }
    }

    private static void Signature(JsonElement input, JsonElement expected)
    {
        var parts = input.TryGetProperty("parts", out var list)
            ? list.EnumerateArray().Select(p => p.GetString()!).ToArray()
            : [input.Str("token"), input.Str("timestamp"), input.Str("nonce")];
        var signature = expected.Str("signature");
        Assert.Equal(signature, WeChatSignature.Compute(parts));
        Assert.True(WeChatSignature.Matches(signature, parts));

        if (expected.TryGetProperty("sorted", out var sorted))
        {
            var ordinal = parts.Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(sorted.EnumerateArray().Select(s => s.GetString()), ordinal);
            Assert.Equal(expected.Str("concatenated"), string.Concat(ordinal));
        }

        if (expected.TryGetProperty("must_reject", out var rejects))
        {
            foreach (var bad in rejects.EnumerateArray())
            {
                Assert.False(WeChatSignature.Matches(bad.GetString(), parts));
            }
        }

        if (input.OptStr("query_string") is { } query)
        {
            var signatureInQuery = query.Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == "signature")[1];
            Assert.Equal(signature, signatureInQuery);
        }
    }

    private static void MsgSignature(JsonElement input, JsonElement expected)
    {
        string[] parts = [input.Str("token"), input.Str("timestamp"), input.Str("nonce"), input.Str("encrypt")];
        Assert.Equal(expected.Str("msg_signature"), WeChatSignature.Compute(parts));

        // The pitfall the vector exists for: a culture-aware sort puts the lower-case token first.
        var culture = (string[])parts.Clone();
        Array.Sort(culture, StringComparer.Create(CultureInfo.GetCultureInfo("en-US"), ignoreCase: false));
#pragma warning disable CA5350 // reproducing the protocol's own SHA-1
        var wrong = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(culture))));
#pragma warning restore CA5350
        Assert.Equal(expected.Str("wrong_culture_sorted_signature"), wrong);
        Assert.False(WeChatSignature.Matches(wrong, parts));
    }
}
