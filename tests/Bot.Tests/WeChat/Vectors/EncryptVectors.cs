using System.Text;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

internal static class EncryptVectors
{
    public static void Check(JsonElement input, JsonElement expected)
    {
        var token = input.Str("token");
        var timestamp = input.Str("timestamp");
        var nonce = input.Str("nonce");
        var msg = input.Str("msg");
        var crypto = new WeChatCrypto(WeChatAesKey.Parse(input.Str("encoding_aes_key")), input.Str("appid"));

        var encrypt = crypto.Encrypt(msg, Encoding.ASCII.GetBytes(input.Str("random")));
        Assert.Equal(expected.Str("encrypt"), encrypt);

        var msgLength = Encoding.UTF8.GetByteCount(msg);
        var fullLength = 20 + msgLength + input.Str("appid").Length;
        var cipherLength = Convert.FromBase64String(encrypt).Length;
        Assert.Equal(expected.OptInt("msg_len") ?? msgLength, msgLength);
        Assert.Equal(expected.OptInt("fullstr_len") ?? fullLength, fullLength);
        Assert.Equal(expected.OptInt("ciphertext_len") ?? cipherLength, cipherLength);
        Assert.Equal(expected.OptInt("pad") ?? cipherLength - fullLength, cipherLength - fullLength);

        var signature = expected.OptStr("msg_signature") ?? expected.Str("msg_signature_derived");
        Assert.Equal(signature, WeChatSignature.Compute(token, timestamp, nonce, encrypt));

        if (expected.TryGetProperty("sorted", out var sorted))
        {
            Assert.Equal(sorted.EnumerateArray().Select(s => s.GetString()), new[] { token, timestamp, nonce, encrypt }.Order(StringComparer.Ordinal));
        }

        var envelope = EncryptedEnvelope.Render(token, encrypt, timestamp, nonce);
        if (expected.OptStr("envelope_xml") is { } expectedEnvelope)
        {
            XmlAssert.Equivalent(expectedEnvelope, envelope);
        }

        if (expected.TryGetProperty("reply_json", out var reply))
        {
            var fields = SafeXml.TryParse(envelope, out _)!;
            Assert.Equal(reply.Str("Encrypt"), fields["Encrypt"]);
            Assert.Equal(reply.Str("MsgSignature"), fields["MsgSignature"]);
            Assert.Equal(reply.GetProperty("TimeStamp").GetInt64(), fields.Long("TimeStamp"));
            Assert.Equal(reply.Str("Nonce"), fields["Nonce"]);
        }

        var back = crypto.Decrypt(encrypt);
        Assert.Equal(msg, back.Message);
        Assert.Equal(input.Str("random"), Encoding.ASCII.GetString(back.Random!));
    }
}
