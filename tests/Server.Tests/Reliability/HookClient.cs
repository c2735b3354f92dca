using System.Globalization;
using System.Text;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>Signed WeChat messages and SMS reply callbacks to a <see cref="ServiceProcess"/>, as the two platforms send them.</summary>
internal sealed class HookClient(Uri baseAddress) : IDisposable
{
    public const string Token = "crashtoken";
    public const string SmsKey = "crash-callback-key-0123456789";

    /// <summary>The settings <see cref="ServiceProcess.StartAsync(string, string[])"/> needs for both hooks.</summary>
    public static readonly string[] Settings = [$"--Bot:WeChat:Token={Token}", $"--Bot:Sms:CallbackKey={SmsKey}"];

    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public HttpClient Http => http;

    public static HttpRequestMessage WeChatRequest(long msgId, string openId, string text, long? timestamp = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var nonce = msgId.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, ts, nonce);
        var xml = $"<xml><ToUserName><![CDATA[gh_zerowork]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{ts}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId></xml>";
        return new HttpRequestMessage(HttpMethod.Post, $"/hooks/wechat?signature={signature}&timestamp={ts}&nonce={nonce}&openid={openId}")
        {
            Content = new StringContent(xml, Encoding.UTF8, "text/xml"),
        };
    }

    public Task<HttpResponseMessage> WeChatAsync(long msgId, string openId, string text, long? timestamp = null) =>
        http.SendAsync(WeChatRequest(msgId, openId, text, timestamp));

    /// <summary>The passive reply's text, or null when the hook did not answer 200.</summary>
    public async Task<string?> WeChatReplyAsync(long msgId, string openId, string text)
    {
        using var response = await WeChatAsync(msgId, openId, text);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
    }

    /// <summary>One reply callback item; <paramref name="time"/> makes it unique (the dedupe key is number, time and text).</summary>
    public Task<HttpResponseMessage> SmsAsync(string mobile, string text, long time) =>
        SmsRawAsync(JsonSerializer.Serialize(new { mobile, nationcode = "86", text, time }));

    public Task<HttpResponseMessage> SmsRawAsync(string json) =>
        http.PostAsync($"/hooks/sms/{SmsKey}/reply", new StringContent(json, Encoding.UTF8, "application/json"));

    public void Dispose() => http.Dispose();
}
