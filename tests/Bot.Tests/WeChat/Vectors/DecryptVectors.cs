using System.Text;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

internal static class DecryptVectors
{
    public static void Check(JsonElement input, JsonElement expected)
    {
        var token = input.Str("token");
        var timestamp = input.Str("timestamp");
        var nonce = input.Str("nonce");
        var encrypt = input.Str("encrypt");
        var key = WeChatAesKey.Parse(input.Str("encoding_aes_key"));

        Assert.Equal(expected.Str("msg_signature"), WeChatSignature.Compute(token, timestamp, nonce, encrypt));
        Assert.True(WeChatSignature.Matches(input.Str("msg_signature"), token, timestamp, nonce, encrypt));

        if (expected.OptStr("aes_key_hex") is { } keyHex)
        {
            Assert.Equal(keyHex, Convert.ToHexStringLower(key.Key));
            Assert.Equal(expected.Str("iv_hex"), Convert.ToHexStringLower(key.Iv));
        }

        var decrypted = new WeChatCrypto(key, input.Str("appid")).Decrypt(encrypt);
        Assert.Equal(CryptoStatus.Ok, decrypted.Status);
        Assert.Equal(expected.Str("msg"), decrypted.Message);
        Assert.Equal(expected.Str("appid"), decrypted.AppId);
        if (expected.OptStr("random") is { } random)
        {
            Assert.Equal(random, Encoding.ASCII.GetString(decrypted.Random!));
        }

        if (expected.OptInt("pad") is { } pad)
        {
            Assert.Equal(pad, decrypted.Pad);
        }

        if (expected.OptInt("msg_len") is { } msgLength)
        {
            Assert.Equal(msgLength, Encoding.UTF8.GetByteCount(decrypted.Message!));
        }

        var cipherLength = Convert.FromBase64String(encrypt).Length;
        if (expected.OptInt("ciphertext_len") is { } expectedCipher)
        {
            Assert.Equal(expectedCipher, cipherLength);
            Assert.Equal(expected.OptInt("fullstr_len"), cipherLength - decrypted.Pad);
        }

        if (expected.TryGetProperty("fields", out var fields))
        {
            var parsed = SafeXml.TryParse(decrypted.Message!, out _);
            Assert.NotNull(parsed);
            foreach (var field in fields.EnumerateObject())
            {
                Assert.Equal(field.Value.GetString(), parsed[field.Name]);
            }
        }

        if (input.OptStr("post_body_xml") is { } body)
        {
            // Compatible mode: the Encrypt element of the real POST body is the ciphertext.
            Assert.Equal(encrypt, SafeXml.TryParse(body, out _)!["Encrypt"]);
        }

        if (expected.TryGetProperty("must_reject", out var reject))
        {
            Assert.False(WeChatSignature.Matches(input.Str("msg_signature"), token, timestamp, reject.Str("nonce"), encrypt));
        }

        // The same ciphertext addressed to another account must be refused.
        Assert.Equal(CryptoStatus.AppIdMismatch, new WeChatCrypto(key, "wx0000000000000000").Decrypt(encrypt).Status);
    }
}
