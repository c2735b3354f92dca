namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>A pin the user picked on WeChat's (Tencent) map: GCJ-02. <c>Location_X</c> is the latitude, <c>Location_Y</c> the longitude.</summary>
public sealed record LocationMessage : WeChatMessage
{
    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public int? Scale { get; init; }

    public string? Label { get; init; }
}
