namespace ZeroWork.Bot.Sms.Api;

/// <summary>PullSmsSendStatus: queue semantics, each status can be pulled only once (spec §9).</summary>
public sealed record PullSmsSendStatusRequest
{
    public required string SmsSdkAppId { get; init; }

    public int Limit { get; init; } = 100;
}
