using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ZeroWork.Matcher.Benchmarks;
using ZeroWork.Matcher.Index;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench match</c>: the grid against a linear scan (and NTS's STRtree with <c>--strtree</c>); with <c>--postgis --connection "…"</c> the same
/// workers and queries also through PostGIS, and the two answers compared over <c>--sample</c> queries.</summary>
public sealed class BenchMatchCommand : ICliCommand
{
    public string Name => "bench match";

    public string Summary => "匹配索引基准：--workers N（默认100万）--queries Q（默认2000）--cell 米 --repeat R --strtree 同时测NTS STRtree；--postgis --connection 连接串 同样数据走 PostGIS 并比对结果（--sample 300，--keep-table 保留表）";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var workers = 1_000_000;
        var queries = 2000;
        var cell = WorkerIndex.DefaultCellMeters;
        var strTree = false;
        var repeats = 3;
        var postgis = false;
        var keepTable = false;
        string? connection = null;
        var sample = 300;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--workers" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var w) && w > 0:
                    workers = w;
                    i++;
                    break;
                case "--queries" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var q) && q > 0:
                    queries = q;
                    i++;
                    break;
                case "--cell" when i + 1 < args.Length && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var c) && c >= 100:
                    cell = c;
                    i++;
                    break;
                case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
                    repeats = r;
                    i++;
                    break;
                case "--strtree":
                    strTree = true;
                    break;
                case "--postgis":
                    postgis = true;
                    break;
                case "--keep-table":
                    keepTable = true;
                    break;
                case "--connection" when i + 1 < args.Length && !string.IsNullOrWhiteSpace(args[i + 1]):
                    connection = args[i + 1];
                    i++;
                    break;
                case "--sample" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    sample = s;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"zerowork bench match: 无法识别的参数 '{args[i]}'（--workers N --queries Q --cell 米 --repeat R --strtree --postgis --connection 连接串 --sample S --keep-table）");
                    return 64;
            }
        }

        if (postgis && connection is null)
        {
            await Console.Error.WriteLineAsync("zerowork bench match --postgis: 需要 --connection \"Host=127.0.0.1;Port=5432;Database=库名;Username=用户\"（装有 PostGIS 3 的 PostgreSQL；表建在 zerowork_bench 模式下，跑完删除）");
            return 64;
        }

        var data = MatchBenchmarkData.Generate(workers, queries);
        var run = new MatchBenchmark(Console.Out) { Repeats = repeats }.Run(data, cell, strTree);
        if (!postgis)
        {
            Console.WriteLine(JsonSerializer.Serialize(run.Result));
            return 0;
        }

        PostgisComparisonResult side;
        try
        {
            side = await new PostgisComparison(Console.Out, connection!, repeats, sample).RunAsync(data, run, keepTable, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or TimeoutException)
        {
            // A wrong connection string, an unreachable server or a database without PostGIS is the operator's to fix: one line, exit 2.
            await Console.Error.WriteLineAsync($"zerowork bench match --postgis: PostgreSQL 不可用：{ex.Message}");
            return 2;
        }

        Console.WriteLine(JsonSerializer.Serialize(new { grid = run.Result, postgis = side }));
        return 0;
    }
}
