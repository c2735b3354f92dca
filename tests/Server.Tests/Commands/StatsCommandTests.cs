using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Server.Tests.Reliability;

namespace ZeroWork.Server.Tests.Commands;

public sealed class StatsCommandTests
{
    [Fact]
    public async Task Stats_on_a_missing_file_says_so_in_one_line_and_creates_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("zw-stats-").FullName;
        var path = Path.Combine(folder, "none.db");

        var (exit, output, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={path}");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("没有找到数据库文件", error);
        Assert.False(File.Exists(path));
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Stats_on_a_corrupt_file_gives_one_line_and_exit_2()
    {
        var folder = Directory.CreateTempSubdirectory("zw-stats-").FullName;
        var path = Path.Combine(folder, "bad.db");
        await File.WriteAllBytesAsync(path, [.. Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7))]);

        var (exit, _, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={path}");

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Stats_on_a_store_cut_short_mid_page_run_gives_one_line_and_exit_2_never_a_crash()
    {
        var folder = Directory.CreateTempSubdirectory("zw-stats-").FullName;
        var whole = Path.Combine(folder, "whole.db");
        using (var store = LiteDbStore.Open(whole, new MarketEvents(), TimeProvider.System))
        {
            store.InTransaction(() => InsertAll(store.Outbox, Enumerable.Range(0, 400).Select(i => new OutboxMessage { Channel = OutboxChannel.Sms, Address = "13900000001", IdempotencyKey = $"k{i}", Text = new string('工', 300) })));
        }

        // Cut as a kill during a copy would: past the header, inside the data pages (this cut crashed stats with exit 134).
        var cut = Path.Combine(folder, "cut.db");
        var bytes = await File.ReadAllBytesAsync(whole);
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length * 3 / 4)]);

        var (exit, _, error) = await ServiceProcess.RunAsync("stats", $"--Storage:Path={cut}");
        Assert.True(exit == 2, $"exit {exit}: {error}");
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error);

        Directory.Delete(folder, true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(8191)]
    public async Task A_store_file_shorter_than_a_page_is_refused_by_serve_and_stats_and_left_as_it_is(int length)
    {
        var folder = Directory.CreateTempSubdirectory("zw-stats-").FullName;
        var path = Path.Combine(folder, "short.db");
        await File.WriteAllBytesAsync(path, new byte[length]);

        foreach (var args in new[] { new[] { "stats", $"--Storage:Path={path}" }, ["serve", "--urls", "http://127.0.0.1:0", $"--Storage:Path={path}", "--Seed:Demo=false"] })
        {
            var (exit, _, error) = await ServiceProcess.RunAsync(args);
            Assert.Equal(2, exit);
            Assert.Contains("不是完整的 ZeroWork 数据库", error);
            Assert.Single(error.Trim().Split('\n'));
        }

        Assert.Equal(length, new FileInfo(path).Length);
        Directory.Delete(folder, true);
    }

    private static void InsertAll(IOutboxStore outbox, IEnumerable<OutboxMessage> messages)
    {
        foreach (var message in messages)
        {
            outbox.Insert(message);
        }
    }
}
