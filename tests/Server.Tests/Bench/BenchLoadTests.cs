using System.Text.Json;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Commands;

namespace ZeroWork.Server.Tests.Bench;

public sealed class BenchLoadTests
{
    [Fact]
    public async Task A_short_load_run_answers_every_wechat_and_sms_message_without_error()
    {
        var (exit, last) = await RunAsync(new BenchLoadCommand(), "load", ["--seconds", "2", "--warmup", "1", "--concurrency", "4", "--people", "50"]);

        Assert.Equal(0, exit);
        Assert.Contains("\"bench\":\"load\"", last);
        Assert.Contains("\"errors\":0", last);
        Assert.Contains("wechat-safe", last);
        Assert.Contains("sms", last);
        var audit = JsonDocument.Parse(last).RootElement.GetProperty("audit");
        Assert.True(audit.GetProperty("Acknowledged").GetInt64() > 0);
        Assert.Equal(audit.GetProperty("Acknowledged").GetInt64(), audit.GetProperty("Stored").GetInt64());
    }

    [Fact]
    public async Task A_short_handler_run_reports_throughput_and_cost_per_message()
    {
        var (exit, last) = await RunAsync(new BenchHandlerCommand(), "handler", ["--seconds", "1", "--threads", "2", "--people", "50"]);

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(last).RootElement;
        Assert.True(report.GetProperty("result").GetProperty("count").GetInt32() > 0);
        Assert.Equal(0, report.GetProperty("result").GetProperty("errors").GetInt32());
        Assert.True(report.GetProperty("cpuMsPerMessage").GetDouble() > 0);
    }

    [Fact]
    public async Task A_short_jobs_run_asks_the_public_api_over_http_with_the_synthetic_market_in_the_indexes()
    {
        var (exit, last) = await RunAsync(new BenchJobsCommand(), "jobs", ["--workers", "5000", "--jobs", "300", "--queries", "40", "--warmup", "5"]);

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(last).RootElement;
        Assert.Equal(5000, report.GetProperty("workers").GetInt32());
        Assert.Equal(300, report.GetProperty("jobs").GetInt32());
        Assert.Equal(40, report.GetProperty("requests").GetInt32());
        Assert.Equal(0, report.GetProperty("errors").GetInt32());
        Assert.True(report.GetProperty("jobsPerAnswer").GetDouble() > 0);
    }

    /// <summary>Runs a bench command and returns its exit code and its own JSON line (other tests' hosts may write to the console meanwhile).</summary>
    private static async Task<(int Exit, string Json)> RunAsync(ICliCommand command, string bench, string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await command.RunAsync(args, default);
        }
        finally
        {
            Console.SetOut(original);
        }

        return (exit, output.ToString().Split('\n').Last(l => l.StartsWith($"{{\"bench\":\"{bench}\"", StringComparison.Ordinal)));
    }
}
