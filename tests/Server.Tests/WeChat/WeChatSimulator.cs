using System.Globalization;
using System.Text;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>Builds requests as WeChat's servers send them: signed query strings, plain, compatible and safe-mode bodies.</summary>
internal sealed class WeChatSimulator(HttpClient http, string token = WeChatHost.Token)
{
    public const string Account = "gh_10f6c3c3ac5a";

    private int nonce = 1000;

    public WeChatCrypto Crypto { get; } = new(WeChatAesKey.Parse(WeChatHost.AesKey), WeChatHost.AppId);

    public string Timestamp { get; set; } = "1764122400";

    public string NextNonce() => Interlocked.Increment(ref nonce).ToString(CultureInfo.InvariantCulture);

    public static string Text(string openId, string content, long msgId, long createTime = 1764122400) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content><MsgId>{msgId}</MsgId></xml>";

    public static string Event(string openId, string name, string? key = null, long createTime = 1764122400) =>
        $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>"
        + (key is null ? "" : $"<EventKey><![CDATA[{key}]]></EventKey>") + "</xml>";

    public string Query(string n, string? signature = null) =>
        $"signature={signature ?? WeChatSignature.Compute(token, Timestamp, n)}&timestamp={Timestamp}&nonce={n}&openid=o_user";

    public Task<HttpResponseMessage> PostPlainAsync(string xml, string? signature = null)
    {
        var n = NextNonce();
        return PostAsync($"/hooks/wechat?{Query(n, signature)}", Encoding.UTF8.GetBytes(xml));
    }

    /// <summary>Safe mode: only ToUserName and the ciphertext travel.</summary>
    public Task<HttpResponseMessage> PostSafeAsync(string xml, WeChatCrypto? crypto = null, string? msgSignature = null) =>
        PostEncryptedAsync((crypto ?? Crypto).Encrypt(xml), encrypt => $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>", msgSignature);

    /// <summary>Compatible mode: the plaintext elements travel beside the ciphertext (and may disagree with it).</summary>
    public Task<HttpResponseMessage> PostCompatibleAsync(string xml, string plaintextSiblings) =>
        PostEncryptedAsync(Crypto.Encrypt(xml), encrypt => plaintextSiblings.Replace("</xml>", $"<Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>", StringComparison.Ordinal), null);

    public Task<HttpResponseMessage> PostAsync(string pathAndQuery, byte[] body) =>
        http.PostAsync(pathAndQuery, new ByteArrayContent(body));

    private Task<HttpResponseMessage> PostEncryptedAsync(string encrypt, Func<string, string> body, string? msgSignature)
    {
        var n = NextNonce();
        var signature = msgSignature ?? WeChatSignature.Compute(token, Timestamp, n, encrypt);
        return PostAsync($"/hooks/wechat?{Query(n)}&encrypt_type=aes&msg_signature={signature}", Encoding.UTF8.GetBytes(body(encrypt)));
    }
}
