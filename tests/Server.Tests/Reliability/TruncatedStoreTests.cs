using System.Security.Cryptography;
using ZeroWork.Market.Events;
using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Tests.Reliability;

/// <summary>A store file cut short (a kill during a copy, a full disk during a restore) is refused by <c>serve</c> with one line and exit 2, and left exactly as it was.</summary>
[Collection(RealProgramCollection.Name)]
public sealed class TruncatedStoreTests
{
    [Theory]
    [InlineData(3, 4, 100)]
    [InlineData(1, 2, 0)]
    [InlineData(9, 10, 4000)]
    public async Task Serve_on_a_store_cut_short_gives_one_line_and_exit_2_and_never_rewrites_the_file(int numerator, int denominator, int intoPage)
    {
        var folder = Directory.CreateTempSubdirectory("zw-truncated-").FullName;
        var whole = Path.Combine(folder, "whole.db");
        using (var opened = LiteDbStore.Open(whole, new MarketEvents(), TimeProvider.System))
        {
            IMarketStore store = opened;
            store.InTransaction(() =>
            {
                for (var i = 0; i < 400; i++)
                {
                    store.Outbox.Insert(new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13900000001", IdempotencyKey = $"k{i}", Text = new string('工', 300) });
                }
            });
        }

        var bytes = await File.ReadAllBytesAsync(whole);
        var pages = bytes.Length / LiteDbStore.PageSize;
        var cutAt = (pages * numerator / denominator * LiteDbStore.PageSize) + intoPage;
        var cut = Path.Combine(folder, "cut.db");
        await File.WriteAllBytesAsync(cut, bytes[..cutAt]);
        var before = SHA256.HashData(await File.ReadAllBytesAsync(cut));

        var (exit, output, error) = await ServiceProcess.RunAsync("serve", "--urls", "http://127.0.0.1:0", $"--Storage:Path={cut}", "--Seed:Demo=false", "--Admin:BootstrapPassword=Test-Passw0rd!", "--Logging:LogLevel:Default=None");

        Assert.True(exit == 2, $"exit {exit}: {output}{error}");
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("不完整", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(cut)));
        Directory.Delete(folder, recursive: true);
    }
}
