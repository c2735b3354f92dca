namespace ZeroWork.Bot.WeChat.Messages;

public sealed record LinkMessage : WeChatMessage
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }
}
