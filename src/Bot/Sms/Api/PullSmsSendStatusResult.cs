namespace ZeroWork.Bot.Sms.Api;

public sealed record PullSmsSendStatusResult
{
    public IReadOnlyList<PulledSendStatus> PullSmsSendStatusSet { get; init; } = [];

    public string RequestId { get; init; } = "";
}
