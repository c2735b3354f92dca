namespace ZeroWork.Bot.Sms.Api;

/// <summary>PullSmsSendStatusByPhoneNumber: statuses of one number in a window of at most 7 days (UNIX seconds).</summary>
public sealed record PullSmsSendStatusByPhoneNumberRequest
{
    public required long BeginTime { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 100;

    public required string SmsSdkAppId { get; init; }

    public required string PhoneNumber { get; init; }

    public required long EndTime { get; init; }
}
