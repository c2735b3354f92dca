namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>A message type the bot does not read (video, shortvideo, or one WeChat adds later); it is still stored and answered.</summary>
public sealed record OtherMessage : WeChatMessage;
