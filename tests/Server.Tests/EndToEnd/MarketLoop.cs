using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Server.Tests.Sms;

namespace ZeroWork.Server.Tests.EndToEnd;

/// <summary>The whole service as deployed: SMS callbacks and the signed WeChat hook in, the outbox out through a fake Tencent that checks every TC3 signature.</summary>
internal sealed partial class MarketLoop : IDisposable
{
    public const string CallbackKey = "loop-callback-key-0123456789";
    public const string Token = "looptoken";

    private readonly HttpClient client;
    private long msgId;

    /// <param name="tencent">The fake provider, when several loops (nodes) must share one.</param>
    /// <param name="settings">More settings, e.g. a shared PostgreSQL store for a second node.</param>
    /// <param name="firstMessageId">Where this loop's message ids start: nodes sharing a store must not reuse each other's (the store would take a new message for a provider's retry).</param>
    public MarketLoop(SigningCheckingTencent? tencent = null, IReadOnlyDictionary<string, string>? settings = null, long firstMessageId = 1_000)
    {
        msgId = firstMessageId;
        Tencent = tencent ?? NewTencent();
        Factory = new ZeroWorkFactory()
            .With("Bot:Sms:CallbackKey", CallbackKey)
            .With("Bot:Sms:SecretId", Tencent.SecretId)
            .With("Bot:Sms:SecretKey", Tencent.SecretKey)
            .With("Bot:Sms:SdkAppId", "1400009999")
            .With("Bot:Sms:SignName", "襄阳零工")
            .With("Matcher:PublicBaseUrl", "https://zw.example.cn")
            .With("Bot:WeChat:Token", Token);
        foreach (var template in Market.Messaging.MessageTemplates.All)
        {
            Factory.With($"Bot:Sms:Templates:{template.Name}", TemplateId(template.Name));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            Factory.With(key, value);
        }

        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddHttpClient<TencentSmsClient>().ConfigurePrimaryHttpMessageHandler(() => Tencent)));
        client = App.CreateClient();
    }

    public static SigningCheckingTencent NewTencent() => new("AKIDLOOP000000000000000000000000000", "LOOPSECRETKEY0000000000000000000");

    public SigningCheckingTencent Tencent { get; }

    public ZeroWorkFactory Factory { get; }

    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App { get; }

    public Market.Storage.IMarketStore Db => App.Services.GetRequiredService<Market.Storage.IMarketStore>();

    /// <summary>How many workers this node's in-memory index holds (it follows other nodes' changes too).</summary>
    public int WorkersIndexed() => App.Services.GetRequiredService<Matcher.Index.MarketIndexes>().Workers.Count;

    /// <summary>The provider template id configured for a catalogue template.</summary>
    public static string TemplateId(string name) =>
        (300000 + Market.Messaging.MessageTemplates.All.ToList().FindIndex(t => t.Name == name)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Numbers the fake provider was asked to send the given template to.</summary>
    public IReadOnlyList<string> SentTo(string template)
    {
        lock (Tencent.SendSmsBodies)
        {
            return [.. Tencent.SendSmsBodies
                .Where(b => b["TemplateId"]!.GetValue<string>() == TemplateId(template))
                .Select(b => b["PhoneNumberSet"]![0]!.GetValue<string>().Replace("+86", "", StringComparison.Ordinal))];
        }
    }

    public async Task Sms(string mobile, string text)
    {
        var body = $$"""{"mobile":"{{mobile}}","nationcode":"86","text":"{{text}}","time":{{Factory.Time.GetUtcNow().ToUnixTimeSeconds() + Interlocked.Increment(ref msgId)}}}""";
        var response = await client.PostAsync($"/hooks/sms/{CallbackKey}/reply", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sends a signed plain-mode WeChat text and returns the passive reply's text.</summary>
    public async Task<string> WeChat(string openId, string text)
    {
        var timestamp = Factory.Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var id = Interlocked.Increment(ref msgId);
        var nonce = id.ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        var xml = $"<xml><ToUserName><![CDATA[gh_loop]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{id}</MsgId></xml>";
        var response = await client.PostAsync($"/hooks/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}", new StringContent(xml, Encoding.UTF8, "text/xml"));
        response.EnsureSuccessStatusCode();
        var match = Content().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? match.Groups[1].Value : "";
    }

    /// <summary>Waits for background work (matching, the outbox dispatcher) to reach a state, for a minute unless told <paramref name="within"/>.</summary>
    public static async Task Eventually(Func<bool> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting until " + what);
            }

            await Task.Delay(25);
        }
    }

    public void Dispose()
    {
        client.Dispose();
        App.Dispose();
        Factory.Dispose();
    }

    [GeneratedRegex(@"<Content><!\[CDATA\[(.*?)\]\]></Content>", RegexOptions.Singleline)]
    private static partial Regex Content();
}
