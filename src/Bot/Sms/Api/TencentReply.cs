namespace ZeroWork.Bot.Sms.Api;

/// <summary>A parsed API answer: either <see cref="Result"/> or <see cref="Error"/>.</summary>
public sealed record TencentReply<T>(T? Result, TencentError? Error, string? RequestId)
    where T : class
{
    public bool IsSuccess => Error is null && Result is not null;
}
