using System.Net.Http.Headers;
using System.Globalization;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Bot.Sms.Signing;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>Signs each attempt with a fresh timestamp just before it leaves, so a retry after <c>AuthFailure.SignatureExpire</c> is valid.</summary>
public sealed class Tc3SigningHandler(IOptionsMonitor<SmsOptions> options, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var uri = request.RequestUri ?? throw new InvalidOperationException("请求缺少地址");
        var payload = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = request.Content?.Headers.ContentType?.ToString() ?? "";

        // HttpClient writes the port into Host when it is not the default one; sign what is sent.
        var host = uri.IsDefaultPort ? uri.Host : uri.Authority;
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var action = request.Headers.TryGetValues("X-TC-Action", out var actions) ? actions.First() : "";
        var signature = Tc3Signer.Sign(
            new Tc3Request(host, Tc3Signer.ServiceOf(uri.Host), action, contentType, payload, timestamp),
            new Tc3Credentials(o.SecretId ?? "", o.SecretKey ?? ""));

        request.Headers.Remove("X-TC-Timestamp");
        request.Headers.Add("X-TC-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Authorization = new AuthenticationHeaderValue(Tc3Signer.Algorithm, signature.Authorization[(Tc3Signer.Algorithm.Length + 1)..]);
        return await base.SendAsync(request, cancellationToken);
    }
}
