namespace ZeroWork.Bot.WeChat.Messages;

public sealed record VoiceMessage : WeChatMessage
{
    public string? MediaId { get; init; }

    public string? Format { get; init; }

    /// <summary>Speech-to-text, present only when recognition is switched on for the account, and often empty in real payloads.</summary>
    public string? Recognition { get; init; }
}
