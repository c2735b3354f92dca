using System.Diagnostics.Metrics;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Telemetry;

/// <summary>The service's own metrics (exported in Prometheus format at /metrics): messages in, outbox sends by channel and outcome, and queue depths read from the store at scrape time.</summary>
public sealed class MarketMetrics
{
    public const string MeterName = "ZeroWork";

    private readonly Counter<long> inbound;
    private readonly Counter<long> sends;

    public MarketMetrics(IMeterFactory meters, IMarketStore db)
    {
        var meter = meters.Create(MeterName);
        inbound = meter.CreateCounter<long>("zerowork.inbound.messages", description: "Inbound messages accepted, by channel and whether they were retries");
        sends = meter.CreateCounter<long>("zerowork.outbox.sends", description: "Outbox send attempts, by channel, purpose and resulting state");
        meter.CreateObservableGauge("zerowork.outbox.depth", () => OutboxDepth(db), description: "Outbox messages by state");
    }

    public void InboundAccepted(string channel, bool duplicate) =>
        inbound.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("duplicate", duplicate ? "true" : "false"));

    public void SendFinished(OutboxChannel channel, string purpose, OutboxState state) =>
        sends.Add(1, new("channel", channel.ToString()), new("purpose", purpose), new("state", state.ToString()));

    private static IEnumerable<Measurement<long>> OutboxDepth(IMarketStore db)
    {
        foreach (var state in (OutboxState[])[OutboxState.Pending, OutboxState.Deferred, OutboxState.Sending, OutboxState.Unknown])
        {
            yield return new Measurement<long>(db.Outbox.CountInState(state), new KeyValuePair<string, object?>("state", state.ToString()));
        }
    }
}
