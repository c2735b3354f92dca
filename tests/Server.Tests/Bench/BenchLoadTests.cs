using ZeroWork.Server.Commands;

namespace ZeroWork.Server.Tests.Bench;

public sealed class BenchLoadTests
{
    [Fact]
    public async Task A_short_load_run_answers_every_wechat_and_sms_message_without_error()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await new BenchLoadCommand().RunAsync(["--seconds", "2", "--concurrency", "4", "--people", "50"], default);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exit);
        // Other tests' hosts may write to the console meanwhile; find the bench's own JSON line.
        var last = output.ToString().Split('\n').Last(l => l.StartsWith("{\"bench\":\"load\"", StringComparison.Ordinal));
        Assert.Contains("\"bench\":\"load\"", last);
        Assert.Contains("\"errors\":0", last);
        Assert.Contains("wechat-safe", last);
        Assert.Contains("sms", last);
    }
}
