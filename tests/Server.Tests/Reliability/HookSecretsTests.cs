using System.Net;
using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>What an operator's console shows of the hooks, on the real program with request logging on: never a signature, nonce or the SMS callback key, one line per skipped callback item; and a signed URL replayed later is refused.</summary>
public sealed class HookSecretsTests
{
    [Fact]
    public async Task A_replayed_old_timestamp_is_refused_the_log_holds_no_signature_or_key_and_each_skipped_item_is_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("zw-secrets-").FullName;
        var db = Path.Combine(folder, "zerowork.db");
        using var service = await ServiceProcess.StartAsync(db, [.. HookClient.Settings, "--Logging:LogLevel:Default=Debug", "--Logging:LogLevel:Microsoft.AspNetCore=Debug"]);
        using var hooks = new HookClient(service.BaseAddress);

        var fresh = HookClient.WeChatRequest(7001, "o-secret", "搜 小工");
        var signedQuery = fresh.RequestUri!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await hooks.Http.SendAsync(fresh)).StatusCode);
        var old = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds();
        var ancient = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var future = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        foreach (var (id, timestamp) in new[] { (7002L, old), (7003L, ancient), (7004L, future) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await hooks.WeChatAsync(id, "o-secret", "搜 小工", timestamp)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await hooks.WeChatAsync(7005, "o-secret", "搜 小工", DateTimeOffset.UtcNow.AddMinutes(-4).ToUnixTimeSeconds())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hooks.SmsAsync("13900005678", "会小工 住檀溪路", 1_800_000_001)).StatusCode);

        var before = service.Output.Count;
        const string Bad = """[{"mobile":"","text":"x","time":1},{"mobile":"13900005679","time":2},{"nationcode":"86","text":"y","time":3}]""";
        Assert.Equal(HttpStatusCode.OK, (await hooks.SmsRawAsync(Bad)).StatusCode);
        await Task.Delay(500);
        service.Kill();

        var lines = service.Output.ToArray();
        var log = string.Join('\n', lines);
        var signature = System.Web.HttpUtility.ParseQueryString(new Uri(service.BaseAddress, signedQuery).Query)["signature"]!;
        Assert.Contains("/hooks/wechat", log, StringComparison.Ordinal);
        Assert.DoesNotContain(signature, log, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce=7001", log, StringComparison.Ordinal);
        Assert.DoesNotContain(HookClient.SmsKey, log, StringComparison.Ordinal);
        Assert.Contains("/hooks/sms/***/reply", log, StringComparison.Ordinal);
        Assert.DoesNotContain("13900005678", log, StringComparison.Ordinal);
        var skipped = lines.Skip(before).Where(l => l.Contains("SMS reply skipped", StringComparison.Ordinal)).ToList();
        Assert.True(skipped.Count == 3, string.Join('\n', skipped));
        Assert.All(skipped, l => Assert.InRange(l.Length, 1, 200));
        Assert.DoesNotContain(lines.Skip(before), l => l.StartsWith("      ", StringComparison.Ordinal));

        using var store = MarketDb.Open(db, new MarketEvents(), TimeProvider.System);
        Assert.Equal(["wx:7001", "wx:7005"], store.Inbound.Find(m => m.DedupeKey.StartsWith("wx:")).Select(m => m.DedupeKey).Order(StringComparer.Ordinal));
        Directory.Delete(folder, recursive: true);
    }
}
