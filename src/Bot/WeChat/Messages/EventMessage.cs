namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>An event (<c>MsgType=event</c>): follow, unfollow, QR scan, location report, menu click or view, and others that are only acknowledged.</summary>
public sealed record EventMessage : WeChatMessage
{
    public required string Event { get; init; }

    /// <summary>Menu key (CLICK), URL (VIEW), scene (SCAN), or <c>qrscene_</c> + scene (subscribe by QR code).</summary>
    public string? EventKey { get; init; }

    public string? Ticket { get; init; }

    /// <summary>LOCATION event report; the coordinate system is undocumented (most likely GCJ-02).</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public double? Precision { get; init; }

    public string? MenuId { get; init; }

    /// <summary>The QR scene value: the EventKey without the <c>qrscene_</c> prefix a follow-by-scan carries.</summary>
    public string? Scene => Event switch
    {
        WeChatEvents.Subscribe when EventKey?.StartsWith(WeChatEvents.QrScenePrefix, StringComparison.Ordinal) == true => EventKey[WeChatEvents.QrScenePrefix.Length..],
        WeChatEvents.Scan => EventKey,
        _ => null,
    };
}
