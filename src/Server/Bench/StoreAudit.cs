using System.Diagnostics;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Bench;

/// <summary>After a load run on the in-process service: were all acknowledged messages stored, and did the outbox keep up (how long until nothing is left pending or mid-send)?</summary>
public sealed record StoreAudit(long Stored, long Acknowledged, double DrainSeconds, IReadOnlyDictionary<string, int> Outbox, IReadOnlyDictionary<string, int> FailedBecause)
{
    public static async Task<StoreAudit> TakeAsync(IMarketStore db, long inboundBefore, long acknowledged, CancellationToken cancellationToken)
    {
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < TimeSpan.FromSeconds(60) && db.Outbox.CountInState(OutboxState.Pending) + db.Outbox.CountInState(OutboxState.Sending) > 0)
        {
            await Task.Delay(100, cancellationToken);
        }

        var all = db.Outbox.All().ToList();
        var outbox = all.GroupBy(m => m.State.ToString()).ToDictionary(g => g.Key, g => g.Count());
        var failed = all.Where(m => m.State == OutboxState.Failed).GroupBy(m => $"{m.Channel}: {m.LastError}").ToDictionary(g => g.Key, g => g.Count());
        return new StoreAudit(db.Inbound.Count() - inboundBefore, acknowledged, Math.Round(drain.Elapsed.TotalSeconds, 1), outbox, failed);
    }

    public override string ToString() => FormattableString.Invariant(
        $"stored {Stored} of {Acknowledged} acknowledged messages; outbox drained {DrainSeconds:0.0} s after the run: {string.Join(", ", Outbox.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}{string.Concat(FailedBecause.OrderByDescending(f => f.Value).Take(3).Select(f => $"{Environment.NewLine}  failed: {f.Value} × {f.Key}"))}");
}
