using System.Net;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>A non-200 answer: a gateway or transport problem, not a business error (spec §1).</summary>
public sealed class TencentHttpException(HttpStatusCode status, string body)
    : Exception($"腾讯云短信接口返回 HTTP {(int)status}：{body}")
{
    public HttpStatusCode Status { get; } = status;
}
