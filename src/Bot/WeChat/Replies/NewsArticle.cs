namespace ZeroWork.Bot.WeChat.Replies;

/// <summary>One article of a news (图文) reply or customer-service message; WeChat allows exactly one in answers to user messages.</summary>
public sealed record NewsArticle(string Title, string Description, string Url, string? PicUrl = null);
