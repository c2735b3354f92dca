namespace ZeroWork.Bot.WeChat.Messages;

public sealed record ImageMessage : WeChatMessage
{
    public string? PicUrl { get; init; }

    public string? MediaId { get; init; }
}
