using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Bot.Outbound;

/// <summary>
/// Sends the outbox. Wakes on <see cref="OutboxQueued"/> and on a timer, claims due messages (marking them Sending
/// before any provider call), hands each to the <see cref="IOutboxSender"/> of its channel and records the outcome.
/// On start, messages a crash left in Sending become Unknown and are reconciled, never resent. On shutdown it stops
/// claiming but finishes what it already claimed.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxLedger ledger,
    IEnumerable<IOutboxSender> senders,
    IEnumerable<IOutboxReconciler> reconcilers,
    MarketEvents events,
    TimeProvider time,
    IOptionsMonitor<OutboundOptions> options,
    MarketMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly System.Threading.Channels.Channel<bool> wake = System.Threading.Channels.Channel.CreateBounded<bool>(new System.Threading.Channels.BoundedChannelOptions(1) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<OutboxChannel, IOutboxSender> byChannel = senders.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());
    private readonly SemaphoreSlim round = new(1, 1);

    /// <summary>Claims one batch, sends it and records the outcomes; returns how many messages it claimed. Sends are not cancelled by shutdown: what is claimed is finished.</summary>
    public async Task<int> RunOnceAsync()
    {
        await round.WaitAsync();
        try
        {
            var claimed = ledger.ClaimDue(options.CurrentValue.BatchSize);
            if (claimed.Count == 0)
            {
                return 0;
            }

            // Channels in parallel so a slow provider does not hold up the other; within a channel in order, so per-number limits see each send.
            await Task.WhenAll(claimed.GroupBy(m => m.Channel).Select(g => SendInOrderAsync(g.ToList())));
            return claimed.Count;
        }
        finally
        {
            round.Release();
        }
    }

    /// <summary>Asks each channel's reconciler about its Unknown messages.</summary>
    public async Task ReconcileOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var reconciler in reconcilers)
        {
            try
            {
                await reconciler.ReconcileAsync(ledger.Unknown(reconciler.Channel), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Reconciling {Channel} outbox messages failed; will try again", reconciler.Channel);
            }
        }
    }

    public override void Dispose()
    {
        round.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var recovered = ledger.RecoverInterrupted();
        if (recovered.Count > 0)
        {
            logger.LogWarning("{Count} outbox messages were mid-send when the service stopped; marked Unknown for reconciliation: {Ids}", recovered.Count, string.Join(",", recovered.Select(m => m.Id)));
        }

        using var subscription = events.Subscribe(e =>
        {
            if (e is OutboxQueued)
            {
                wake.Writer.TryWrite(true);
            }
        });

        var nextReconcile = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextReconcile)
                {
                    nextReconcile = time.GetUtcNow() + options.CurrentValue.ReconcileInterval;
                    await ReconcileOnceAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested && await RunOnceAsync() >= options.CurrentValue.BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox round failed; retrying after the poll interval");
            }

            try
            {
                await WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One channel's share of a round: different numbers in parallel (a provider call takes tens of milliseconds, one
    /// at a time would cap a channel at a few dozen messages a second), each number's messages in order. Outcomes are stored
    /// as they come without waiting for each commit in turn; a crash before one is stored leaves it Sending, which the next
    /// start turns into Unknown and reconciles, never resends.</summary>
    private async Task SendInOrderAsync(IReadOnlyList<OutboxMessage> messages)
    {
        var recorded = new List<Task>();
        var perNumber = new ParallelOptions { MaxDegreeOfParallelism = options.CurrentValue.SendConcurrency };
        await Parallel.ForEachAsync(messages.GroupBy(m => m.Address, StringComparer.Ordinal), perNumber, async (number, _) =>
        {
            foreach (var message in number)
            {
                var outcome = await SendOneAsync(message);
                var record = RecordAsync(message, outcome);
                lock (recorded)
                {
                    recorded.Add(record);
                }
            }
        });
        await Task.WhenAll(recorded);
    }

    private async Task RecordAsync(OutboxMessage message, SendOutcome outcome)
    {
        var stored = await ledger.RecordAsync(message.Id, outcome);
        metrics.SendFinished(message.Channel, message.Purpose, stored?.State ?? outcome.State);
        logger.LogInformation(
            "Outbox {Id} {Channel} to {Address}: {State}{Error}",
            message.Id,
            message.Channel,
            PhoneMask.Mask(message.Address),
            stored?.State ?? outcome.State,
            outcome.Error is null ? "" : " — " + outcome.Error);
    }

    private async Task<SendOutcome> SendOneAsync(OutboxMessage message)
    {
        if (!byChannel.TryGetValue(message.Channel, out var sender))
        {
            return new SendOutcome(OutboxState.NotSent, Error: $"没有为渠道 {message.Channel} 注册发送器，消息未发送");
        }

        try
        {
            return await sender.SendAsync(message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The sender broke its contract mid-call: the provider may have the message, so do not resend.
            logger.LogError(ex, "Sender for {Channel} threw on outbox {Id}", message.Channel, message.Id);
            return new SendOutcome(OutboxState.Unknown, Error: "发送器异常，结果未知：" + ex.Message);
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = wake.Reader.WaitToReadAsync(linked.Token).AsTask();
        var timer = Task.Delay(options.CurrentValue.PollInterval, time, linked.Token);
        await Task.WhenAny(woken, timer);
        await linked.CancelAsync();
        while (wake.Reader.TryRead(out _))
        {
        }

        stoppingToken.ThrowIfCancellationRequested();
    }
}
