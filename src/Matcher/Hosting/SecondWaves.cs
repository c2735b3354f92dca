using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Storage;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Planning;

namespace ZeroWork.Matcher.Hosting;

/// <summary>A post still open <c>SecondWaveAfterMinutes</c> after it was published gets a second wave (the next best not yet pushed, optionally from a wider radius).</summary>
public sealed class SecondWaves(IMarketStore db, MarketIndexes indexes, PushPlanner planner, IOptions<MatcherOptions> options)
{
    public const int Wave = 2;

    private readonly ConcurrentDictionary<int, bool> done = new();

    /// <returns>Pushes written.</returns>
    public int RunDue()
    {
        var cutoff = db.UtcNow.AddMinutes(-options.Value.SecondWaveAfterMinutes);
        var written = 0;
        foreach (var job in indexes.Jobs.All())
        {
            if (job.PublishedAt is not { } published || published > cutoff || done.ContainsKey(job.Id))
            {
                continue;
            }

            written += planner.PlanWave(job.Id, Wave);
            done[job.Id] = true;
        }

        return written;
    }
}
