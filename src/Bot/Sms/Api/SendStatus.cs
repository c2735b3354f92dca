namespace ZeroWork.Bot.Sms.Api;

/// <summary>One number's result in <c>SendStatusSet</c>; <see cref="Code"/> is exactly <c>Ok</c> on success.</summary>
public sealed record SendStatus
{
    public string SerialNo { get; init; } = "";

    public string PhoneNumber { get; init; } = "";

    public int Fee { get; init; }

    public string SessionContext { get; init; } = "";

    public string Code { get; init; } = "";

    public string Message { get; init; } = "";

    public string IsoCode { get; init; } = "";

    public bool IsOk => Code == "Ok";
}
