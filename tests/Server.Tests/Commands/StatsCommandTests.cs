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
}
