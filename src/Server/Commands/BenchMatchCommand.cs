using System.Globalization;
using System.Text.Json;
using ZeroWork.Matcher.Benchmarks;
using ZeroWork.Matcher.Index;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

public sealed class BenchMatchCommand : ICliCommand
{
    public string Name => "bench match";

    public string Summary => "匹配索引基准：--workers N（默认100万）--queries Q（默认2000）--cell 米 --repeat R --strtree 同时测NTS STRtree";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var workers = 1_000_000;
        var queries = 2000;
        var cell = WorkerIndex.DefaultCellMeters;
        var strTree = false;
        var repeats = 3;
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
                default:
                    Console.Error.WriteLine($"zerowork bench match: 无法识别的参数 '{args[i]}'（--workers N --queries Q --cell 米 --repeat R --strtree）");
                    return Task.FromResult(64);
            }
        }

        var result = new MatchBenchmark(Console.Out) { Repeats = repeats }.Run(workers, queries, cell, strTree);
        Console.WriteLine(JsonSerializer.Serialize(result));
        return Task.FromResult(0);
    }
}
