using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;

namespace ZeroWork.Server.Tests.Conversations;

/// <summary>Talks to the bot through the real hooks: signed WeChat XML to <c>/hooks/wechat</c> (the passive reply is read from the answer) or an SMS reply callback (the reply is what was stored for the outbox).</summary>
internal sealed partial class Chat(ZeroWorkFactory factory, Channel channel, string from)
{
    private static long sequence = 5_000_000;
    private HttpClient? client;

    public string From => from;

    private HttpClient Client => client ??= factory.CreateClient();

    public string? Say(string text) => channel == Channel.WeChat
        ? WeChat($"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content>")
        : Sms(text);

    public string? Pin(double lng, double lat, string label) => WeChat(
        FormattableString.Invariant($"<MsgType><![CDATA[location]]></MsgType><Location_X>{lat}</Location_X><Location_Y>{lng}</Location_Y><Scale>16</Scale><Label><![CDATA[{label}]]></Label>"));

    public string? Event(string name) => WeChat($"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{name}]]></Event>", msgId: false);

    public string? Voice(string? recognition) => WeChat($"<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[{recognition}]]></Recognition>");

    public string? Image() => WeChat("<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.com/p.jpg]]></PicUrl><MediaId><![CDATA[m2]]></MediaId>");

    /// <summary>Straight to the handler, for envelope-level cases (a chosen dedupe key).</summary>
    public InboundResult Raw(InboundEnvelope envelope) => factory.Services.GetRequiredService<IInboundHandler>().HandleAsync(envelope).GetAwaiter().GetResult();

    private string? WeChat(string body, bool msgId = true)
    {
        var id = Interlocked.Increment(ref sequence);
        // The signed timestamp is the clock's (the hook refuses one outside its window); CreateTime stays unique, as events dedupe on it.
        var timestamp = factory.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var createTime = (factory.Time.GetUtcNow().ToUnixTimeSeconds() + id).ToString(CultureInfo.InvariantCulture);
        var nonce = id.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(ZeroWorkFactory.WeChatToken, timestamp, nonce);
        var xml = $"<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{createTime}</CreateTime>{body}{(msgId ? $"<MsgId>{id}</MsgId>" : "")}</xml>";
        using var response = Client.PostAsync($"/hooks/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={from}", new StringContent(xml, Encoding.UTF8, "text/xml")).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        var answer = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var content = Content().Match(answer);
        return content.Success ? content.Groups[1].Value : null;
    }

    private string? Sms(string text)
    {
        var time = factory.Time.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Increment(ref sequence);
        var json = JsonSerializer.Serialize(new { mobile = from, nationcode = "86", text, time });
        using var response = Client.PostAsync($"/hooks/sms/{ZeroWorkFactory.SmsCallbackKey}/reply", new StringContent(json, Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        var key = $"sms:{from}|{time.ToString(CultureInfo.InvariantCulture)}|{text}";
        return factory.Db.Inbound.FindOne(m => m.DedupeKey == key)?.Reply;
    }

    [GeneratedRegex(@"<Content><!\[CDATA\[(.*?)\]\]></Content>", RegexOptions.Singleline)]
    private static partial Regex Content();
}
