using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>What every inbound message and event carries.</summary>
public abstract record WeChatMessage
{
    /// <summary>The account's gh_ id.</summary>
    public required string ToUserName { get; init; }

    /// <summary>The sender's openid.</summary>
    public required string FromUserName { get; init; }

    /// <summary>Unix seconds.</summary>
    public required long CreateTime { get; init; }

    public required string MsgType { get; init; }

    /// <summary>A 64-bit id on user messages (kept as its digits); absent on events.</summary>
    public string? MsgId { get; init; }

    /// <summary>Every element of the message, for the fields no typed record names.</summary>
    public required XmlFields Fields { get; init; }
}
