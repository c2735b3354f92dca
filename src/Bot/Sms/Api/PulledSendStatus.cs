namespace ZeroWork.Bot.Sms.Api;

/// <summary>One item of <c>PullSmsSendStatusSet</c>; <see cref="ReportStatus"/> is empty until the carrier reported.</summary>
public sealed record PulledSendStatus
{
    public long UserReceiveTime { get; init; }

    public string CountryCode { get; init; } = "";

    public string SubscriberNumber { get; init; } = "";

    public string PhoneNumber { get; init; } = "";

    public string SerialNo { get; init; } = "";

    public string? ReportStatus { get; init; }

    public string? Description { get; init; }

    public string? SessionContext { get; init; }
}
