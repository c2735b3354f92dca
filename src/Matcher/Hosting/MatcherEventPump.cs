using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Planning;

namespace ZeroWork.Matcher.Hosting;

/// <summary>Builds the indexes at start, then follows the market: the subscriber only queues (it runs on the publisher's thread, after its commit), and this service applies each change and plans the pushes it calls for.</summary>
public sealed class MatcherEventPump(MarketEvents events, IMarketStore db, MarketIndexes indexes, PushPlanner planner, ILogger<MatcherEventPump> logger) : BackgroundService
{
    private readonly Channel<MarketEvent> queue = Channel.CreateUnbounded<MarketEvent>(new UnboundedChannelOptions { SingleReader = true });
    private IDisposable? subscription;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribe before loading so no change between the load and the subscription is missed; applying one twice is harmless.
        subscription = events.Subscribe(e =>
        {
            if (e is JobChanged or PersonChanged or ChangesMissed)
            {
                queue.Writer.TryWrite(e);
            }
        });
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        indexes.Load();
        logger.LogInformation("Matcher indexes built: {Workers} workers, {Jobs} open posts in {Ms} ms", indexes.Workers.Count, indexes.Jobs.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        // Posts published while the process was down (or before a crash planned them) get their first wave now. Nodes
        // starting together may both plan one: the push key is unique, so the later unit meets the other's rows and plans nothing.
        foreach (var job in indexes.Jobs.All().Where(j => !db.Pushes.AnyInWave(j.Id, 1)))
        {
            queue.Writer.TryWrite(new JobChanged(job.Id, true));
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Applies one change; public so tests can drive it without timing. The indexes follow every change, relayed ones from
    /// other nodes sharing the database included; pushes are planned only on the node that raised the change, so a post is
    /// planned once however many nodes run.
    /// </summary>
    public void Handle(MarketEvent e)
    {
        switch (e)
        {
            case JobChanged job:
                if (indexes.RefreshJob(job.JobId) is { Status: JobStatus.Published } open && job.Published && !job.FromOtherNode)
                {
                    planner.PlanWave(open.Id, 1);
                }

                break;
            case PersonChanged person:
                if (indexes.RefreshPerson(person.PersonId) is not null && person.NewWorker && !person.FromOtherNode)
                {
                    planner.Pull(person.PersonId);
                }

                break;
            case ChangesMissed:
                // Another node's changes may have gone unheard: reload both indexes. Posts published meanwhile were
                // planned by the node that published them, so nothing is planned here.
                indexes.Load();
                break;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var e in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    Handle(e);
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Matcher could not apply {Event}", e);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
