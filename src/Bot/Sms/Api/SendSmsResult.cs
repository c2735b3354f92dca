namespace ZeroWork.Bot.Sms.Api;

/// <summary>The <c>Response</c> of a successful SendSms call; it may still hold failed numbers.</summary>
public sealed record SendSmsResult
{
    public IReadOnlyList<SendStatus> SendStatusSet { get; init; } = [];

    public string RequestId { get; init; } = "";
}
