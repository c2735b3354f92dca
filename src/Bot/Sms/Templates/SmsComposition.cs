namespace ZeroWork.Bot.Sms.Templates;

/// <summary>An outbox message made ready for SendSms: the provider template id, the cleaned variables, the body as the person reads it, and what it costs. <see cref="Error"/> says why it cannot be sent.</summary>
public sealed record SmsComposition(
    string? TemplateId,
    IReadOnlyList<string> Variables,
    string Body,
    int Segments,
    decimal Cost,
    string? Error);
