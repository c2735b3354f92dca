using ZeroWork.Market.Geography;
using ZeroWork.Market.People;

namespace ZeroWork.Market.Conversations;

/// <summary>One inbound message from any channel, already authenticated and parsed by its hook.</summary>
public sealed record InboundEnvelope
{
    public Channel Channel { get; init; }

    /// <summary>Phone number (SMS) or openid (WeChat).</summary>
    public string From { get; init; } = "";

    /// <summary>The key a retry repeats: WeChat MsgId, or FromUserName+CreateTime+Event; SMS mobile+time+text.</summary>
    public string DedupeKey { get; init; } = "";

    /// <summary>text, voice, location, image, link, event.</summary>
    public string Kind { get; init; } = "text";

    /// <summary>The text, or the voice recognition text.</summary>
    public string? Text { get; init; }

    /// <summary>A shared location pin (GCJ-02).</summary>
    public GeoPoint? Location { get; init; }

    public string? Label { get; init; }

    /// <summary>WeChat event name (subscribe, unsubscribe, CLICK, SCAN, LOCATION …).</summary>
    public string? Event { get; init; }

    public string? EventKey { get; init; }
}
