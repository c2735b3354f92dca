namespace ZeroWork.Bot.WeChat.Api;

/// <summary>A template message: the template's field names with their values, and <see cref="ClientMsgId"/> so that a retried send is not delivered twice.</summary>
public sealed record TemplateSend(string ToUser, string TemplateId, IReadOnlyList<KeyValuePair<string, string>> Data, string ClientMsgId, string? Url = null);
