namespace ZeroWork.Bot.Sms.Api;

/// <summary>SendSms 2021-01-11 body (spec §4). Mainland numbers go as <c>+86…</c>; all values are strings.</summary>
public sealed record SendSmsRequest
{
    public required IReadOnlyList<string> PhoneNumberSet { get; init; }

    public required string SmsSdkAppId { get; init; }

    public required string TemplateId { get; init; }

    public required string SignName { get; init; }

    public IReadOnlyList<string> TemplateParamSet { get; init; } = [];

    /// <summary>Our correlation data (the outbox id), echoed in pulled statuses; under 512 bytes.</summary>
    public string? SessionContext { get; init; }
}
