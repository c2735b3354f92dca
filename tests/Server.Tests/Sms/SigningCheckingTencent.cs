using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ZeroWork.Bot.Sms.Signing;

namespace ZeroWork.Server.Tests.Sms;

/// <summary>Answers SendSms with success after re-deriving the TC3 signature from what arrived.</summary>
public sealed class SigningCheckingTencent(string secretId, string secretKey) : HttpMessageHandler
{
    public string SecretId => secretId;

    public string SecretKey => secretKey;

    public List<JsonObject> SendSmsBodies { get; } = [];

    public int BadSignatures { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bytes = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var action = request.Headers.GetValues("X-TC-Action").Single();
        var timestamp = long.Parse(request.Headers.GetValues("X-TC-Timestamp").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var expected = Tc3Signer.Sign(
            new Tc3Request(request.RequestUri!.Host, "sms", action, request.Content.Headers.ContentType!.ToString(), bytes, timestamp),
            new Tc3Credentials(secretId, secretKey));
        if (request.Headers.Authorization?.ToString() != expected.Authorization)
        {
            BadSignatures++;
        }

        if (action != "SendSms")
        {
            return Json("""{"Response":{"PullSmsSendStatusSet":[],"RequestId":"p"}}""");
        }

        var body = JsonNode.Parse(bytes)!.AsObject();
        lock (SendSmsBodies)
        {
            SendSmsBodies.Add(body);
        }

        var phone = body["PhoneNumberSet"]![0]!.GetValue<string>();
        var serial = SendSmsBodies.Count == 1 ? "it" : Guid.NewGuid().ToString("N");
        return Json($$$"""{"Response":{"SendStatusSet":[{"SerialNo":"5000:{{{serial}}}","PhoneNumber":"{{{phone}}}","Fee":1,"SessionContext":"","Code":"Ok","Message":"send success","IsoCode":"CN"}],"RequestId":"r"}}""");
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
