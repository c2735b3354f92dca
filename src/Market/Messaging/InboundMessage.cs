using ZeroWork.Market.People;

namespace ZeroWork.Market.Messaging;

/// <summary>Every message that reached a hook, stored before it is acknowledged.</summary>
public sealed record InboundMessage
{
    public long Id { get; init; }

    public Channel Channel { get; init; }

    /// <summary>Phone number or openid.</summary>
    public string From { get; init; } = "";

    /// <summary>Channel-specific key that a retry repeats (MsgId; openid+CreateTime+Event; mobile+time+text).</summary>
    public string DedupeKey { get; init; } = "";

    public string Kind { get; init; } = "text";

    public string? Text { get; init; }

    public DateTime ReceivedAt { get; init; }

    /// <summary>The answer given, so that a retry gets the same one.</summary>
    public string? Reply { get; init; }

    /// <summary>What the message changed (e.g. "job:12 draft", "person:3 registered").</summary>
    public IReadOnlyList<string> Effects { get; init; } = [];
}
