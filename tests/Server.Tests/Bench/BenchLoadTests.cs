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
            exit = await new BenchLoadCommand().RunAsync(["--seconds", "2", "--warmup", "1", "--concurrency", "4", "--people", "50"], default);
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
        var audit = System.Text.Json.JsonDocument.Parse(last).RootElement.GetProperty("audit");
        Assert.True(audit.GetProperty("Acknowledged").GetInt64() > 0);
        Assert.Equal(audit.GetProperty("Acknowledged").GetInt64(), audit.GetProperty("Stored").GetInt64());
    }

    [Fact]
    public async Task A_short_handler_run_reports_throughput_and_cost_per_message()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await new BenchHandlerCommand().RunAsync(["--seconds", "1", "--threads", "2", "--people", "50"], default);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, exit);
        var last = output.ToString().Split('\n').Last(l => l.StartsWith("{\"bench\":\"handler\"", StringComparison.Ordinal));
        var report = System.Text.Json.JsonDocument.Parse(last).RootElement;
        Assert.True(report.GetProperty("result").GetProperty("count").GetInt32() > 0);
        Assert.Equal(0, report.GetProperty("result").GetProperty("errors").GetInt32());
        Assert.True(report.GetProperty("cpuMsPerMessage").GetDouble() > 0);
    }
}
