using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Server.Bench;

/// <summary>Drives <c>/hooks/wechat</c> as WeChat does: signed text messages, plain or safe-mode, prepared (and encrypted) before the clock starts so only the service's work is timed.</summary>
public sealed class HookLoad(HttpClient http, string token, WeChatCrypto crypto)
{
    public const string Account = "gh_bench00000000";

    private static readonly string[] Texts =
    [
        "明天7点檀溪路要2个小工一天180",
        "搜 电工",
        "附近有什么活",
        "我会泥瓦工，住在樊城区，一天200",
        "后天上午要1个搬运工，150元，电话13907101234",
        "人工",
    ];

    private long nextMsgId = 7_000_000_000_000_000_000;

    public async Task<HookRunResult> RunAsync(bool safe, int count, int concurrency, CancellationToken cancellationToken)
    {
        var requests = Enumerable.Range(0, count).Select(i => Prepare(safe, i)).ToArray();
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (request, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(request.PathAndQuery, new ByteArrayContent(request.Body), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!Answered(response, body, safe))
            {
                Interlocked.Increment(ref errors);
            }
        });
        wall.Stop();
        return HookRunResult.From(safe ? "safe" : "plain", [.. latencies], errors, wall.Elapsed);
    }

    /// <summary>An answer counts when it is a reply WeChat would accept: plain XML, or an envelope that verifies and decrypts.</summary>
    public bool Answered(HttpResponseMessage response, string body, bool safe)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        if (body == "success")
        {
            return true;
        }

        var fields = SafeXml.TryParse(body, out _);
        if (fields is null)
        {
            return false;
        }

        if (!safe)
        {
            return fields["MsgType"] is not null;
        }

        return fields["Encrypt"] is { } encrypt
            && WeChatSignature.Matches(fields["MsgSignature"], token, fields["TimeStamp"] ?? "", fields["Nonce"] ?? "", encrypt)
            && crypto.Decrypt(encrypt).Ok;
    }

    /// <summary>One signed request as WeChat would send it; <paramref name="text"/> and <paramref name="openId"/> default to a rotating bench mix.</summary>
    public (string PathAndQuery, byte[] Body) Prepare(bool safe, int i, string? text = null, string? openId = null)
    {
        var msgId = Interlocked.Increment(ref nextMsgId).ToString(CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = (100_000 + i).ToString(CultureInfo.InvariantCulture);
        openId ??= FormattableString.Invariant($"o_bench_{i % 200:D4}");
        text ??= Texts[i % Texts.Length];
        var xml = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{now}</CreateTime>"
            + $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId></xml>";
        var query = $"/hooks/wechat?signature={WeChatSignature.Compute(token, now, nonce)}&timestamp={now}&nonce={nonce}&openid={openId}";
        if (!safe)
        {
            return (query, Encoding.UTF8.GetBytes(xml));
        }

        var encrypt = crypto.Encrypt(xml);
        var envelope = $"<xml><ToUserName><![CDATA[{Account}]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return ($"{query}&encrypt_type=aes&msg_signature={WeChatSignature.Compute(token, now, nonce, encrypt)}", Encoding.UTF8.GetBytes(envelope));
    }
}
