namespace ZeroWork.Bot.WeChat.Api;

/// <summary>An access token, or why none could be had.</summary>
public sealed record TokenResult(string? Token, WeChatApiResult Result);
