using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>Reads a passive reply as WeChat would: checks the envelope's msg_signature and decrypts it when encrypted.</summary>
internal static class ReplyReader
{
    public static XmlFields Plain(string body)
    {
        var fields = SafeXml.TryParse(body, out var error);
        Assert.True(fields is not null, $"{error}: {body}");
        Assert.Null(fields["Encrypt"]);
        return fields;
    }

    public static XmlFields Encrypted(string body, WeChatCrypto crypto, string expectedNonce, string token = WeChatHost.Token)
    {
        var envelope = SafeXml.TryParse(body, out var error);
        Assert.True(envelope is not null, $"{error}: {body}");
        var encrypt = envelope["Encrypt"]!;
        Assert.Equal(expectedNonce, envelope["Nonce"]);
        Assert.True(WeChatSignature.Matches(envelope["MsgSignature"], token, envelope["TimeStamp"]!, envelope["Nonce"]!, encrypt), "reply msg_signature");
        var decrypted = crypto.Decrypt(encrypt);
        Assert.True(decrypted.Ok, decrypted.Status.ToString());
        return Plain(decrypted.Message!);
    }

    public static void IsTextFor(XmlFields reply, string openId)
    {
        Assert.Equal(openId, reply["ToUserName"]);
        Assert.Equal(WeChatSimulator.Account, reply["FromUserName"]);
        Assert.Equal("text", reply["MsgType"]);
        Assert.False(string.IsNullOrWhiteSpace(reply["Content"]));
        Assert.NotNull(reply.Long("CreateTime"));
    }
}
