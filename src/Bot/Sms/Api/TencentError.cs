namespace ZeroWork.Bot.Sms.Api;

/// <summary><c>Response.Error</c>: the whole request failed (still HTTP 200).</summary>
public sealed record TencentError(string Code, string Message);
