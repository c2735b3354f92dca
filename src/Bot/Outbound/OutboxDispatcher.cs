using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Bot.Outbound;

/// <summary>
/// Sends the outbox. Wakes on <see cref="OutboxQueued"/> and on a timer, reads the due messages (answers before pushes),
/// and for each one commits it as Sending right before its provider call, hands it to the <see cref="IOutboxSender"/> of its
/// channel and records the outcome. On start, the few messages a crash left mid-call become Unknown; reconcilers settle
/// them from the provider's records and send again once only what the provider cannot account for. On shutdown it stops
/// reading but finishes the calls it started.
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

    /// <summary>Sends one batch of due messages and records the outcomes; returns how many it read. Sends are not cancelled by shutdown: a call started is finished.</summary>
    public async Task<int> RunOnceAsync()
    {
        await round.WaitAsync();
        try
        {
            var due = ledger.Due(options.CurrentValue.BatchSize);
            if (due.Count == 0)
            {
                return 0;
            }

            // Channels in parallel so a slow provider does not hold up the other; within a channel in order, so per-number limits see each send.
            await Task.WhenAll(due.GroupBy(m => m.Channel).Select(g => SendInOrderAsync(g.ToList())));
            return due.Count;
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
            logger.LogWarning("{Count} outbox messages were mid-call when the service stopped; marked Unknown, to be reconciled before any resend: {Ids}", recovered.Count, string.Join(",", recovered.Select(m => m.Id)));
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
    /// at a time would cap a channel at a few dozen messages a second), each number's messages in order. At most
    /// SendConcurrency calls are in flight, and only those are Sending in the store. Outcomes are stored as they come
    /// without waiting for each commit in turn: the store's single writer keeps them in order before the number's next call,
    /// and a crash before one is stored leaves just that message in doubt.</summary>
    private async Task SendInOrderAsync(IReadOnlyList<OutboxMessage> messages)
    {
        var recorded = new List<Task>();
        var perNumber = new ParallelOptions { MaxDegreeOfParallelism = options.CurrentValue.SendConcurrency };
        byChannel.TryGetValue(messages[0].Channel, out var sender);
        await Parallel.ForEachAsync(messages.GroupBy(m => m.Address, StringComparer.Ordinal), perNumber, async (number, _) =>
        {
            foreach (var message in number)
            {
                var handed = sender is { CallsProvider: true } ? await ledger.BeginCallAsync(message.Id) : message;
                if (handed is null)
                {
                    continue;
                }

                var outcome = await SendOneAsync(sender, handed);
                var record = RecordAsync(handed, outcome);
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
        var stored = await ledger.RecordAsync(message, outcome);
        metrics.SendFinished(message.Channel, message.Purpose, stored?.State ?? outcome.State);
        logger.LogInformation(
            "Outbox {Id} {Channel} to {Address}: {State}{Error}",
            message.Id,
            message.Channel,
            PhoneMask.Mask(message.Address),
            stored?.State ?? outcome.State,
            outcome.Error is null ? "" : " — " + outcome.Error);
    }

    private async Task<SendOutcome> SendOneAsync(IOutboxSender? sender, OutboxMessage message)
    {
        if (sender is null)
        {
            return new SendOutcome(OutboxState.NotSent, Error: $"没有为渠道 {message.Channel} 注册发送器，消息未发送");
        }

        try
        {
            return await sender.SendAsync(message, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The sender broke its contract mid-call: the provider may have the message, so reconcile before any resend.
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
