using ZeroWork.Bot.WeChat.Replies;

namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>The safe-mode reply wrapper: the ciphertext, its 4-part msg_signature, and the timestamp and nonce it was signed with.</summary>
public static class EncryptedEnvelope
{
    public static string Render(string token, string encrypt, string timestamp, string nonce) =>
        "<xml>"
        + "<Encrypt>" + Cdata.Wrap(encrypt) + "</Encrypt>"
        + "<MsgSignature>" + Cdata.Wrap(WeChatSignature.Compute(token, timestamp, nonce, encrypt)) + "</MsgSignature>"
        + "<TimeStamp>" + Cdata.Escape(timestamp) + "</TimeStamp>"
        + "<Nonce>" + Cdata.Wrap(nonce) + "</Nonce>"
        + "</xml>";
}
