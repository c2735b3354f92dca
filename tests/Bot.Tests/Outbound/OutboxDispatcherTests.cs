using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Outbound;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task AddOutbound_registers_one_dispatcher_however_often_it_is_called()
    {
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db)));

        Assert.Single(h.Host.Services.GetServices<IHostedService>().OfType<OutboxDispatcher>());
    }

    [Fact]
    public async Task A_message_is_marked_sending_with_one_more_attempt_before_the_sender_is_called()
    {
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db)));
        var queued = h.Enqueue();

        Assert.Equal(1, await h.Dispatcher.RunOnceAsync());

        var call = Assert.Single(sender!.Calls);
        Assert.Equal(OutboxState.Sending, call.StoredDuringCall.State);
        Assert.Equal(1, call.StoredDuringCall.Attempts);
        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal("p" + queued.Id, sent.ProviderId);
        Assert.Equal(h.Time.GetUtcNow().UtcDateTime, sent.SentAt!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task Each_channel_goes_to_its_own_sender_and_a_channel_without_one_is_not_sent()
    {
        RecordingSender? wechat = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(wechat = new RecordingSender(OutboxChannel.WeChatCustom, db)));
        var custom = h.Enqueue(OutboxChannel.WeChatCustom);
        var template = h.Enqueue(OutboxChannel.WeChatTemplate);

        await h.Dispatcher.RunOnceAsync();

        Assert.Equal(custom.Id, Assert.Single(wechat!.Calls).Given.Id);
        Assert.Equal(OutboxState.Sent, h.Message(custom.Id).State);
        var orphan = h.Message(template.Id);
        Assert.Equal(OutboxState.NotSent, orphan.State);
        Assert.Contains("WeChatTemplate", orphan.LastError, StringComparison.Ordinal);
        Assert.Contains("发送器", orphan.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deferred_message_waits_for_its_time()
    {
        RecordingSender? sender = null;
        var first = true;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db, m =>
        {
            var outcome = first ? new SendOutcome(OutboxState.Deferred, Error: "稍后", RetryAt: db.UtcNow.AddMinutes(5)) : new SendOutcome(OutboxState.Sent);
            first = false;
            return Task.FromResult(outcome);
        })));
        var queued = h.Enqueue();

        await h.Dispatcher.RunOnceAsync();
        Assert.Equal(OutboxState.Deferred, h.Message(queued.Id).State);
        Assert.Equal(0, await h.Dispatcher.RunOnceAsync());

        h.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await h.Dispatcher.RunOnceAsync());

        Assert.Equal(2, sender!.Calls.Count);
        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
        Assert.Equal(2, h.Message(queued.Id).Attempts);
    }

    [Fact]
    public async Task A_message_deferred_too_often_fails()
    {
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, _ => Task.FromResult(new SendOutcome(OutboxState.Deferred, Error: "忙", RetryAt: db.UtcNow))));
            s.Configure<OutboundOptions>(o => o.MaxAttempts = 2);
        });
        var queued = h.Enqueue();

        await h.Dispatcher.RunOnceAsync();
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.Dispatcher.RunOnceAsync();

        Assert.Equal(OutboxState.Failed, h.Message(queued.Id).State);
        Assert.Contains("忙", h.Message(queued.Id).LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sender_that_throws_leaves_the_message_unknown_not_pending()
    {
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, _ => throw new InvalidOperationException("boom"))));
        var queued = h.Enqueue();

        await h.Dispatcher.RunOnceAsync();
        await h.Dispatcher.RunOnceAsync();

        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);
        Assert.Equal(1, h.Message(queued.Id).Attempts);
    }

    [Fact]
    public async Task On_start_messages_left_sending_by_a_crash_become_unknown_are_reconciled_and_never_resent()
    {
        RecordingSender? sender = null;
        var reconciled = new TaskCompletionSource<IReadOnlyList<OutboxMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db));
            s.AddSingleton<IOutboxReconciler>(new CallbackReconciler(OutboxChannel.WeChatCustom, m => reconciled.TrySetResult(m)));
        });
        var crashed = h.Enqueue();
        h.Db.Outbox.Update(h.Message(crashed.Id) with { State = OutboxState.Sending, Attempts = 1 });

        await h.Host.StartAsync();
        var seen = await reconciled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Host.StopAsync();

        Assert.Equal(crashed.Id, Assert.Single(seen).Id);
        var unknown = h.Message(crashed.Id);
        Assert.Equal(OutboxState.Unknown, unknown.State);
        Assert.Equal(OutboxLedger.InterruptedError, unknown.LastError);
        Assert.Equal(1, unknown.Attempts);
        Assert.Empty(sender!.Calls);
    }

    [Fact]
    public async Task The_running_dispatcher_wakes_on_OutboxQueued()
    {
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, _ =>
        {
            called.TrySetResult();
            return Task.FromResult(new SendOutcome(OutboxState.Sent));
        })));
        await h.Host.StartAsync();
        await Task.Delay(100);

        // Fake time stands still, so only the event can wake it.
        var queued = h.Enqueue();
        await called.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Host.StopAsync();

        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
    }

    [Fact]
    public async Task Shutdown_finishes_what_was_claimed()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, async _ =>
        {
            entered.TrySetResult();
            await release.Task;
            return new SendOutcome(OutboxState.Sent, ProviderId: "late");
        })));
        await h.Host.StartAsync();
        var queued = h.Enqueue();
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = h.Host.StopAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping;

        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
        Assert.Equal("late", h.Message(queued.Id).ProviderId);
    }

    private sealed class CallbackReconciler(OutboxChannel channel, Action<IReadOnlyList<OutboxMessage>> seen) : IOutboxReconciler
    {
        public OutboxChannel Channel => channel;

        public Task ReconcileAsync(IReadOnlyList<OutboxMessage> unknown, CancellationToken cancellationToken)
        {
            seen(unknown);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Different_numbers_are_sent_at_once_and_each_number_in_order()
    {
        var inFlight = 0;
        var firstWave = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.Sms, db, async m =>
        {
            lock (log)
            {
                log.Add("start " + m.Address + " " + m.Id);
                if (++inFlight == 3)
                {
                    firstWave.TrySetResult();
                }
            }

            // Held until three numbers are being sent at the same time: a dispatcher sending one at a time never gets here.
            await firstWave.Task.WaitAsync(TimeSpan.FromSeconds(30));
            lock (log)
            {
                inFlight--;
                log.Add("end " + m.Address + " " + m.Id);
            }

            return new SendOutcome(OutboxState.Sent);
        })));
        var a1 = h.Enqueue(OutboxChannel.Sms, "13900000001");
        var a2 = h.Enqueue(OutboxChannel.Sms, "13900000001");
        h.Enqueue(OutboxChannel.Sms, "13900000002");
        h.Enqueue(OutboxChannel.Sms, "13900000003");

        Assert.Equal(4, await h.Dispatcher.RunOnceAsync());

        Assert.True(firstWave.Task.IsCompletedSuccessfully);
        Assert.True(log.IndexOf($"end 13900000001 {a1.Id}") < log.IndexOf($"start 13900000001 {a2.Id}"));
        Assert.All(h.Db.Outbox.All(), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_claimed_a_batch_at_a_time_oldest_first()
    {
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db)));
        var queued = Enumerable.Range(0, 60).Select(i => h.Enqueue(address: $"openid-{i}")).ToList();

        Assert.Equal(50, await h.Dispatcher.RunOnceAsync());
        Assert.Equal(queued.Take(50).Select(m => m.Id).Order(), sender!.Calls.Select(c => c.Given.Id).Order());
        Assert.Equal(10, await h.Dispatcher.RunOnceAsync());
        Assert.Equal(0, await h.Dispatcher.RunOnceAsync());
    }
}
