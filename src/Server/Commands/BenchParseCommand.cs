using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Time;
using ZeroWork.Server.Cli;
using ZeroWork.Server.Parsing;

namespace ZeroWork.Server.Commands;

/// <summary>
/// <c>zerowork bench parse [--file PATH] [--seconds N]</c>: messages per second on one thread over the dev set repeated,
/// per-message p50/p99 (and the slowest reading that no collection interrupted), allocation, the slowest single reading
/// timed apart from the machine (<see cref="ParseWorstCase"/>), and cold start (process start to the first parsed message). The last line is one JSON object.
/// </summary>
public sealed class BenchParseCommand : ICliCommand
{
    public string Name => "bench parse";

    public string Summary => "测量消息理解速度：单线程每秒条数、单条 p50/p99、冷启动（--file 路径，--seconds 秒数）";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var file = CliOptions.Value(args, "--file") ?? LabelledSets.Dev();
        var seconds = double.TryParse(CliOptions.Value(args, "--seconds"), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 5;
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("zerowork bench parse: 找不到输入文件（--file PATH，或设置 ZEROWORK_SHARED）");
            return Task.FromResult(66);
        }

        var inputs = File.ReadLines(file)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => ParseInput.FromLine(l, ChinaTime.Now(TimeProvider.System)).Input)
            .OfType<ParseInput>()
            .ToArray();
        if (inputs.Length == 0)
        {
            Console.Error.WriteLine("zerowork bench parse: 输入文件没有可用的消息");
            return Task.FromResult(65);
        }

        var reader = new MessageReader();
        var first = inputs[0];
        reader.Read(first.Text, first.Channel, first.Now);
        var coldStart = DateTime.Now - Process.GetCurrentProcess().StartTime;

        // Warm up for a while so tiered compilation has promoted the hot paths: a live service runs for days, and
        // steady-state speed is what users get (cold start is reported separately above).
        var warmUntil = Stopwatch.GetTimestamp() + (long)(Math.Min(3, seconds) * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < warmUntil)
        {
            foreach (var m in inputs)
            {
                reader.Read(m.Text, m.Channel, m.Now);
            }
        }

        var latencies = new List<long>(1 << 20);
        var maxWithoutCollection = 0L;
        var collectionsStart = GC.CollectionCount(0);
        var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        var budget = (long)(seconds * Stopwatch.Frequency);
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var count = 0L;
        var sink = 0;
        while (Stopwatch.GetTimestamp() - started < budget && !cancellationToken.IsCancellationRequested)
        {
            foreach (var m in inputs)
            {
                var gcBefore = GC.CollectionCount(0);
                var t0 = Stopwatch.GetTimestamp();
                sink += reader.Read(m.Text, m.Channel, m.Now).Skills.Count;
                var took = Stopwatch.GetTimestamp() - t0;
                latencies.Add(took);

                // A reading that spanned a collection waited for the GC, not for the reader: kept apart so the two show.
                if (GC.CollectionCount(0) == gcBefore)
                {
                    maxWithoutCollection = Math.Max(maxWithoutCollection, took);
                }
            }

            count += inputs.Length;
        }

        var elapsed = (double)(Stopwatch.GetTimestamp() - started) / Stopwatch.Frequency;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        var collections = GC.CollectionCount(0) - collectionsStart;

        // CPU time as well as wall time: on a shared, loaded machine the thread is often waiting for a core.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        latencies.Sort();
        var slowest = ParseWorstCase.Measure(reader, inputs, runs: 30);
        double Micros(double q) => latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))] * 1e6 / Stopwatch.Frequency;
        var result = new
        {
            file = Path.GetFileName(file),
            distinct_messages = inputs.Length,
            messages = count,
            seconds = Math.Round(elapsed, 2),
            messages_per_second = Math.Round(count / elapsed),
            cpu_seconds = Math.Round(cpu, 2),
            messages_per_cpu_second = Math.Round(count / Math.Max(cpu, 1e-9)),
            load_average = LoadAverage(),
            p50_us = Math.Round(Micros(0.50), 1),
            p99_us = Math.Round(Micros(0.99), 1),
            max_us = Math.Round(latencies[^1] * 1e6 / Stopwatch.Frequency, 1),
            max_us_without_collection = Math.Round(maxWithoutCollection * 1e6 / Stopwatch.Frequency, 1),
            gen0_collections = collections,
            allocated_bytes_per_message = Math.Round((double)allocated / Math.Max(count, 1)),
            slowest_message_us = Math.Round(slowest.Message.Micros, 1),
            slowest_message_chars = slowest.Message.Length,
            slowest_repeated_to_cap_us = Math.Round(slowest.Repeated.Micros, 1),
            slowest_random_dense_us = Math.Round(slowest.Random.Micros, 1),
            cold_start_ms = Math.Round(coldStart.TotalMilliseconds),
            threads = 1,
            checksum = sink,
        };

        Console.WriteLine($"parse: {result.messages_per_second:N0} 条/秒（单线程，{count:N0} 条，{elapsed:0.0} 秒，{inputs.Length} 条不同消息循环）");
        Console.WriteLine($"按进程 CPU 时间：{result.messages_per_cpu_second:N0} 条/CPU 秒（负载 {result.load_average}）");
        Console.WriteLine($"单条延迟：p50 {result.p50_us} µs，p99 {result.p99_us} µs，最大 {result.max_us} µs");
        Console.WriteLine($"未遇垃圾回收的最慢一条：{result.max_us_without_collection} µs；gen0 回收 {collections} 次；每条分配 {result.allocated_bytes_per_message} 字节");
        Console.WriteLine($"单条本身最慢（每条测 30 次取最快）：原消息 {result.slowest_message_us} µs（{slowest.Message.Length} 字），重复到 2000 字 {result.slowest_repeated_to_cap_us} µs，2000 字随机密集文本 {result.slowest_random_dense_us} µs");
        Console.WriteLine($"冷启动（进程启动到第一条解析完成）：{result.cold_start_ms} ms");
        Console.WriteLine(JsonSerializer.Serialize(result));
        return Task.FromResult(0);
    }

    /// <summary>The 1-minute load average where the OS reports one (Linux), to put the figures in context.</summary>
    private static double? LoadAverage()
    {
        try
        {
            var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : null;
            return text is null ? null : double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
