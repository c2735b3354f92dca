using ZeroWork.Market.LiteDb;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Server.Tests.Reliability;

[Collection(RealProgramCollection.Name)]
public sealed class CrashSafetyTests
{
    private const string Token = "crashtoken";

    [Fact]
    public async Task Every_acknowledged_message_survives_a_SIGKILL_mid_burst_and_stats_reads_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("zw-crash-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        var acknowledged = new ConcurrentBag<long>();
        var service = await ServiceProcess.StartAsync(db, $"--Bot:WeChat:Token={Token}");
        try
        {
            using var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            using var burst = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !burst.IsCancellationRequested; i++)
                {
                    var msgId = (worker * 1_000_000L) + i + 1;
                    try
                    {
                        var response = await client.SendAsync(Message(msgId, $"o-crash-{worker}", i % 3 == 0 ? "明天有空 会瓦工 住七里河 一天两百" : "搜 小工"));
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            acknowledged.Add(msgId);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 200)
            {
                await Task.Delay(20);
            }

            service.Kill();
            await burst.CancelAsync();
            await Task.WhenAll(senders);
        }
        finally
        {
            service.Dispose();
        }

        var (exit, output, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={db}");
        Assert.True(exit == 0, error);
        var stats = JsonDocument.Parse(output).RootElement;
        Assert.True(stats.GetProperty("inbound").GetInt64() >= acknowledged.Count);

        long inboundAfterCrash;
        using (var store = LiteDbStore.Open(db, new MarketEvents(), TimeProvider.System))
        {
            inboundAfterCrash = store.Inbound.Count();
            var stored = store.Inbound.All().Select(m => m.DedupeKey).ToHashSet();
            var lost = acknowledged.Where(id => !stored.Contains($"wx:{id}")).ToList();
            Assert.Empty(lost);
            Assert.Equal(store.Outbox.All().Count(), store.Outbox.All().Select(m => m.IdempotencyKey).Distinct().Count());
        }

        // The restarted service opens the killed file, recognises a retry of an acknowledged message, and leaves no message claimed for sending.
        using var restarted = await ServiceProcess.StartAsync(db, $"--Bot:WeChat:Token={Token}");
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        var retry = await again.SendAsync(Message(acknowledged.First(), "o-crash-retry", "搜 小工"));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        restarted.Kill();
        using var reopened = LiteDbStore.Open(db, new MarketEvents(), TimeProvider.System);
        Assert.Equal(inboundAfterCrash, reopened.Inbound.Count());
        Assert.Equal(0, reopened.Outbox.All().Count(m => m.State == OutboxState.Sending && m.Channel == OutboxChannel.Sms));
        Directory.Delete(folder, recursive: true);
    }

    private static HttpRequestMessage Message(long msgId, string openId, string text)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nonce = msgId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(Token, timestamp, nonce);
        var xml = $"<xml><ToUserName><![CDATA[gh_zerowork]]></ToUserName><FromUserName><![CDATA[{openId}]]></FromUserName><CreateTime>{timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId></xml>";
        return new HttpRequestMessage(HttpMethod.Post, $"/hooks/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={openId}")
        {
            Content = new StringContent(xml, Encoding.UTF8, "text/xml"),
        };
    }
}
