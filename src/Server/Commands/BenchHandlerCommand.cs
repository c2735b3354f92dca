using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;
using ZeroWork.Server.Bench;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork bench handler [--seconds 10] [--threads 8] [--people 5000]</c>: the load mix's texts handed straight to the inbound handler (store, dialogue, reply, outbox) from several threads, without HTTP — what the store and the dialogue cost on their own.</summary>
public sealed class BenchHandlerCommand : ICliCommand
{
    public string Name => "bench handler";

    public string Summary => "入站处理基准：不经 HTTP，直接多线程调用入站处理（存储、对话、回复、发件箱），报告吞吐与延迟";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var seconds = BenchService.Option(args, "--seconds", 10);
        var threads = BenchService.Option(args, "--threads", 8);
        var people = BenchService.Option(args, "--people", 5000);
        await using var service = await BenchService.StartAsync(demo: true, cancellationToken);
        var handler = service.Services.GetRequiredService<IInboundHandler>();
        Run(handler, TimeSpan.FromSeconds(Math.Min(3, seconds)), threads, people, 0);
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var cpu = Environment.CpuUsage.TotalTime;
        var result = Run(handler, TimeSpan.FromSeconds(seconds), threads, people, 1_000_000);
        var perMessage = (GC.GetTotalAllocatedBytes() - allocated) / Math.Max(1, result.Count);
        var cpuPerMessage = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / Math.Max(1, result.Count);
        Console.WriteLine($"Inbound handler, {threads} threads, {people} people, {Environment.ProcessorCount} cores: {result}");
        Console.WriteLine(FormattableString.Invariant($"per message: {cpuPerMessage:0.000} ms of CPU, {perMessage / 1024.0:0.0} KiB allocated; {GC.CollectionCount(0) - collections} gen0 collections"));
        Console.WriteLine(JsonSerializer.Serialize(new { bench = "handler", threads, people, result, cpuMsPerMessage = Math.Round(cpuPerMessage, 3), allocatedBytesPerMessage = perMessage }));
        return result.Errors == 0 ? 0 : 1;
    }

    private static HookRunResult Run(IInboundHandler handler, TimeSpan duration, int threads, int people, int offset)
    {
        var samples = new ConcurrentBag<double>();
        var errors = 0;
        var sequence = offset;
        var wall = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(lane => new Thread(() =>
        {
            var random = new Random(lane);
            while (wall.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref sequence);
                var person = random.Next(people);
                var sms = random.Next(100) >= 55;
                var text = !sms && person % 4 == 0 ? LoadMix.Employers[random.Next(LoadMix.Employers.Length)] : LoadMix.Workers[random.Next(LoadMix.Workers.Length)];
                var from = sms ? string.Create(CultureInfo.InvariantCulture, $"1390{person:D7}") : string.Create(CultureInfo.InvariantCulture, $"o_load_{person:D6}");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var result = handler.HandleAsync(new InboundEnvelope
                    {
                        Channel = sms ? Channel.Sms : Channel.WeChat,
                        From = from,
                        DedupeKey = string.Create(CultureInfo.InvariantCulture, $"bench:{n}"),
                        Kind = "text",
                        Text = text,
                    }).GetAwaiter().GetResult();
                    if (result.Reply is null)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref errors);
                }

                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return HookRunResult.From("handler", [.. samples], errors, wall.Elapsed);
    }
}
