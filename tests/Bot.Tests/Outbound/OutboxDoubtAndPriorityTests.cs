using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Outbound;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Tests.Outbound;

public sealed class OutboxDoubtAndPriorityTests
{
    [Fact]
    public async Task Only_the_calls_in_flight_are_sending_and_the_rest_of_the_round_stays_pending()
    {
        var release = new TaskCompletionSource<SendOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = 0;
        var twoInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, _ =>
            {
                if (Interlocked.Increment(ref inFlight) == 2)
                {
                    twoInFlight.TrySetResult();
                }

                return release.Task;
            }));
            s.Configure<OutboundOptions>(o => o.SendConcurrency = 2);
        });
        var queued = Enumerable.Range(0, 12).Select(i => h.Enqueue(address: "openid-" + i)).ToList();

        var round = h.Dispatcher.RunOnceAsync();
        await twoInFlight.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var states = queued.Select(m => h.Message(m.Id)).ToList();
        Assert.Equal(2, states.Count(m => m.State == OutboxState.Sending));
        Assert.Equal(10, states.Count(m => m.State == OutboxState.Pending));
        Assert.All(states.Where(m => m.State == OutboxState.Sending), m => Assert.Single(m.Calls));

        release.SetResult(new SendOutcome(OutboxState.Sent));
        Assert.Equal(12, await round);
        Assert.All(queued, m => Assert.Equal(OutboxState.Sent, h.Message(m.Id).State));
    }

    [Fact]
    public async Task Answers_and_take_up_notices_go_before_a_wave_of_pushes_queued_earlier()
    {
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db));
            s.Configure<OutboundOptions>(o =>
            {
                o.SendConcurrency = 1;
                o.BatchSize = 10;
            });
        });
        var pushes = Enumerable.Range(0, 30).Select(i => Enqueue(h, "push", "openid-" + i)).ToList();
        var handover = Enqueue(h, "handover", "openid-employer");
        var reply = Enqueue(h, "reply", "openid-asker");

        await h.Dispatcher.RunOnceAsync();

        Assert.Equal([handover.Id, reply.Id], sender!.Calls.Take(2).Select(c => c.Given.Id));
        Assert.Equal(10, sender.Calls.Count);
        Assert.Equal(OutboxState.Pending, h.Message(pushes[^1].Id).State);
    }

    [Fact]
    public async Task A_held_conversation_reply_is_dropped_when_a_newer_reply_to_the_same_person_exists()
    {
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db)));
        var held = HeldReply(h, "openid-1", "reply:wx:1");
        var newer = h.Db.InTransaction(() => h.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.WeChatCustom, Address = "openid-1", Text = "几点开工？", IdempotencyKey = "reply:wx:2" }));
        var otherPerson = HeldReply(h, "openid-2", "reply:wx:3");

        await h.Dispatcher.RunOnceAsync();
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.Dispatcher.RunOnceAsync();

        Assert.Equal([newer.Id, otherPerson.Id], sender!.Calls.Select(c => c.Given.Id));
        var dropped = h.Message(held.Id);
        Assert.Equal(OutboxState.Superseded, dropped.State);
        Assert.Empty(dropped.Calls);
    }

    [Fact]
    public async Task A_wechat_reply_in_doubt_is_sent_once_more_after_the_window_and_never_a_third_time()
    {
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db, _ => Task.FromResult(new SendOutcome(OutboxState.Unknown, Error: "timeout"))));
            s.AddSingleton<IOutboxReconciler>(sp => new WeChatInDoubtReconciler(OutboxChannel.WeChatCustom, sp.GetRequiredService<OutboxLedger>()));
        });
        var queued = h.Enqueue();
        var window = new OutboundOptions().InDoubtWindow;

        await h.Dispatcher.RunOnceAsync();
        h.Time.Advance(window - TimeSpan.FromSeconds(1));
        await h.Dispatcher.ReconcileOnceAsync(CancellationToken.None);
        Assert.Equal(0, await h.Dispatcher.RunOnceAsync());

        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Dispatcher.ReconcileOnceAsync(CancellationToken.None);
        Assert.Equal(1, await h.Dispatcher.RunOnceAsync());
        h.Time.Advance(window);
        await h.Dispatcher.ReconcileOnceAsync(CancellationToken.None);
        Assert.Equal(0, await h.Dispatcher.RunOnceAsync());

        Assert.Equal(2, sender!.Calls.Count);
        var left = h.Message(queued.Id);
        Assert.Equal(OutboxState.Unknown, left.State);
        Assert.Equal(2, left.Calls.Count);
        Assert.Equal(OutboxLedger.GiveUpError, left.LastError);
        Assert.Equal([OutboxLedger.ResendAction, OutboxLedger.GiveUpAction], h.Db.Audit.FindAll().OrderBy(a => a.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task A_message_of_a_purpose_without_a_resend_rule_stays_in_doubt_for_staff()
    {
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, _ => Task.FromResult(new SendOutcome(OutboxState.Unknown))));
            s.AddSingleton<IOutboxReconciler>(sp => new WeChatInDoubtReconciler(OutboxChannel.WeChatCustom, sp.GetRequiredService<OutboxLedger>()));
        });
        var queued = Enqueue(h, "survey", "openid-1");

        await h.Dispatcher.RunOnceAsync();
        h.Time.Advance(TimeSpan.FromHours(1));
        await h.Dispatcher.ReconcileOnceAsync(CancellationToken.None);

        Assert.Equal(OutboxState.Unknown, h.Message(queued.Id).State);
        Assert.Empty(h.Db.Audit.FindAll());
    }

    /// <summary>A conversation reply held 30 s (as the same-text rule holds a repeated prompt).</summary>
    private static OutboxMessage HeldReply(DispatcherHarness h, string address, string key) =>
        h.Db.InTransaction(() => h.Db.Enqueue(new OutboxMessage
        {
            Channel = OutboxChannel.WeChatCustom,
            Address = address,
            Text = "请问是什么活？",
            IdempotencyKey = key,
            State = OutboxState.Deferred,
            NotBefore = h.Time.GetUtcNow().UtcDateTime.AddSeconds(30),
        }));

    private static OutboxMessage Enqueue(DispatcherHarness h, string purpose, string address) =>
        h.Db.InTransaction(() => h.Db.Enqueue(new OutboxMessage { Channel = OutboxChannel.WeChatCustom, Address = address, Text = "你好", Purpose = purpose, IdempotencyKey = Guid.NewGuid().ToString("N") }));
}
