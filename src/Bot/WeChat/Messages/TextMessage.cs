namespace ZeroWork.Bot.WeChat.Messages;

public sealed record TextMessage : WeChatMessage
{
    public string Content { get; init; } = "";
}
