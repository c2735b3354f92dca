using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Hosting;

/// <summary>Healthy when the store answers; unhealthy while writes fail at the disk; degraded when the outbox backlog grows beyond what senders drain.</summary>
public sealed class StoreHealthCheck(MarketDb db) : IHealthCheck
{
    public const int BacklogLimit = 5_000;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (db.WritesFailing)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("store writes failing (disk full or I/O error)"));
        }

        try
        {
            // Two index counts: LiteDB cannot use an index for an OR, and a probe every few seconds must not read the whole outbox.
            var backlog = db.Outbox.Count(m => m.State == OutboxState.Pending) + db.Outbox.Count(m => m.State == OutboxState.Sending);
            var data = new Dictionary<string, object> { ["outbox_backlog"] = backlog };
            return Task.FromResult(backlog > BacklogLimit
                ? HealthCheckResult.Degraded($"outbox backlog {backlog}", data: data)
                : HealthCheckResult.Healthy("store open", data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("store unavailable", ex));
        }
    }
}
