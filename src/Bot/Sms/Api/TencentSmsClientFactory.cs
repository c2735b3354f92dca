using Microsoft.Extensions.Http;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>Hands long-lived services a fresh typed client per call, so the factory can rotate handlers (DNS changes) instead of a singleton pinning one HttpClient forever.</summary>
public sealed class TencentSmsClientFactory(IHttpClientFactory http, ITypedHttpClientFactory<TencentSmsClient> typed)
{
    public TencentSmsClient Create() => typed.CreateClient(http.CreateClient(nameof(TencentSmsClient)));
}
