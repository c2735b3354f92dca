using Microsoft.Extensions.Time.Testing;
using ZeroWork.Bot.Conversations;
using ZeroWork.Bot.Tests.Support;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Bot.Tests.Conversations;

/// <summary>The handler's clocks (the idle dialogue, the activity stamps) measured against what the store gives back, which may be in the server's local time.</summary>
public sealed class InboundClockTests
{
    private const string Mobile = "13800138001";

    [Fact]
    public async Task A_dialogue_left_idle_no_longer_captures_the_next_message()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        using var store = new TestStore(time);
        await using var node = new ConversationNode(store);

        var asked = await node.SmsAsync(Mobile, "我想找活");
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(asked, await node.SmsAsync(Mobile, "你好"));

        time.Advance(InboundHandler.ConversationIdle + TimeSpan.FromMinutes(1));
        Assert.NotEqual(asked, await node.SmsAsync(Mobile, "你好"));
        Assert.Null(store.Db.Conversations.Find("sms:" + Mobile)!.Flow);
    }

    [Fact]
    public async Task The_activity_stamp_moves_once_it_is_older_than_its_resolution()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        using var store = new TestStore(time);
        await using var node = new ConversationNode(store);

        await node.SmsAsync(Mobile, "你好");
        var first = store.Db.People.ByPhone(Mobile)!.LastActiveAt!.Value.ToUniversalTime();
        time.Advance(InboundHandler.TouchResolution / 2);
        await node.SmsAsync(Mobile, "你好");
        Assert.Equal(first, store.Db.People.ByPhone(Mobile)!.LastActiveAt!.Value.ToUniversalTime());

        time.Advance(InboundHandler.TouchResolution);
        await node.SmsAsync(Mobile, "你好");
        Assert.Equal(time.GetUtcNow().UtcDateTime, store.Db.People.ByPhone(Mobile)!.LastActiveAt!.Value.ToUniversalTime());
    }
}
