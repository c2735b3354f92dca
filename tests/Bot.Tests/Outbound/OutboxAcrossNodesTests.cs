using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Bot.Outbound;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Outbound;

/// <summary>Several nodes send from one outbox: a row another node holds is left to it, an outcome waits for a row held a moment, and another node starting up never costs this node the answer to its call.</summary>
public sealed class OutboxAcrossNodesTests
{
    [Fact]
    public async Task A_message_another_node_holds_is_not_handed_to_the_sender_here()
    {
        HeldRowsStore? store = null;
        RecordingSender? sender = null;
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IMarketStore>(store = new HeldRowsStore(db));
            s.AddSingleton<IOutboxSender>(sender = new RecordingSender(OutboxChannel.WeChatCustom, db));
        });
        var queued = h.Enqueue();
        store!.HeldOutbox.Hold(queued.Id);

        await h.Dispatcher.RunOnceAsync();

        Assert.Empty(sender!.Calls);
        var untouched = h.Message(queued.Id);
        Assert.Equal(OutboxState.Pending, untouched.State);
        Assert.Equal(0, untouched.Attempts);

        store.HeldOutbox.Release(queued.Id);
        await h.Dispatcher.RunOnceAsync();

        Assert.Single(sender.Calls);
        Assert.Equal(OutboxState.Sent, h.Message(queued.Id).State);
    }

    [Fact]
    public async Task What_the_provider_said_is_stored_once_another_node_lets_go_of_the_row()
    {
        HeldRowsStore? store = null;
        await using var h = new DispatcherHarness((db, s) =>
        {
            s.AddSingleton<IMarketStore>(store = new HeldRowsStore(db));
            s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, m =>
            {
                // While the call is out, another node reads the row for update (to claim or reconcile it) and holds it a moment.
                store!.HeldOutbox.Hold(m.Id, reads: 3);
                return Task.FromResult(new SendOutcome(OutboxState.Sent, ProviderId: "msg-1"));
            }));
        });
        var queued = h.Enqueue();

        var round = h.Dispatcher.RunOnceAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!round.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(round, Task.Delay(10));
            h.Time.Advance(TimeSpan.FromMilliseconds(50));
        }

        await round;
        Assert.Equal(3, store!.HeldOutbox.Refused);
        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal("msg-1", sent.ProviderId);
        Assert.Equal(OutboxState.Sent, Assert.Single(sent.Calls).Outcome);
    }

    [Fact]
    public async Task Another_node_starting_mid_call_does_not_lose_the_answer_to_it()
    {
        OutboxLedger? otherNode = null;
        await using var h = new DispatcherHarness((db, s) => s.AddSingleton<IOutboxSender>(new RecordingSender(OutboxChannel.WeChatCustom, db, m =>
        {
            // The other node's start marks every Sending row interrupted, this node's call among them.
            Assert.Single(otherNode!.RecoverInterrupted(), r => r.Id == m.Id);
            return Task.FromResult(new SendOutcome(OutboxState.Sent, ProviderId: "msg-2"));
        })));
        otherNode = h.Host.Services.GetRequiredService<OutboxLedger>();
        var queued = h.Enqueue();

        await h.Dispatcher.RunOnceAsync();

        var sent = h.Message(queued.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal("msg-2", sent.ProviderId);
        Assert.Null(sent.LastError);
        Assert.Equal(OutboxState.Sent, Assert.Single(sent.Calls).Outcome);
    }
}
