using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Options;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>The SMS API 2021-01-11 over a typed <see cref="HttpClient"/>. Signing (<see cref="Tc3SigningHandler"/>) and resilience sit in the client's handler chain, so every retry is signed afresh.</summary>
public sealed class TencentSmsClient(HttpClient http, IOptionsMonitor<SmsOptions> options)
{
    public const string Version = "2021-01-11";

    /// <summary>Exactly what <see cref="Tc3SigningHandler"/> signs; sent as bytes so no layer can re-encode it.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    public Task<TencentReply<SendSmsResult>> SendSmsAsync(SendSmsRequest request, CancellationToken cancellationToken) =>
        CallAsync<SendSmsResult>("SendSms", request, cancellationToken);

    public Task<TencentReply<PullSmsSendStatusResult>> PullSmsSendStatusAsync(int limit, CancellationToken cancellationToken) =>
        CallAsync<PullSmsSendStatusResult>(
            "PullSmsSendStatus",
            new PullSmsSendStatusRequest { SmsSdkAppId = options.CurrentValue.SdkAppId ?? "", Limit = limit },
            cancellationToken);

    public Task<TencentReply<PullSmsSendStatusResult>> PullSmsSendStatusByPhoneNumberAsync(string e164, DateTimeOffset begin, DateTimeOffset end, CancellationToken cancellationToken) =>
        CallAsync<PullSmsSendStatusResult>(
            "PullSmsSendStatusByPhoneNumber",
            new PullSmsSendStatusByPhoneNumberRequest
            {
                SmsSdkAppId = options.CurrentValue.SdkAppId ?? "",
                PhoneNumber = e164,
                BeginTime = begin.ToUnixTimeSeconds(),
                EndTime = end.ToUnixTimeSeconds(),
            },
            cancellationToken);

    /// <summary>Transport failures throw (<see cref="HttpRequestException"/>, timeouts, an open circuit); a non-200 answer throws <see cref="TencentHttpException"/>; business errors come back in the reply.</summary>
    public async Task<TencentReply<T>> CallAsync<T>(string action, object body, CancellationToken cancellationToken)
        where T : class
    {
        var o = options.CurrentValue;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), TencentJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(o.Endpoint));
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        request.Headers.Add("X-TC-Action", action);
        request.Headers.Add("X-TC-Version", Version);
        request.Headers.Add("X-TC-Region", o.Region);
        request.Headers.Add("X-TC-Language", "zh-CN");

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new TencentHttpException(response.StatusCode, text.Length > 200 ? text[..200] : text);
        }

        return TencentResponseParser.Parse<T>(text);
    }
}
