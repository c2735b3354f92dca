using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZeroWork.Bot.Tests.Support;

/// <summary>
/// An in-process Tencent SMS endpoint. It checks every request the way Tencent does (headers, a TC3 signature
/// recomputed here from what actually arrived, a timestamp within 5 minutes) and answers from a script.
/// </summary>
internal sealed class FakeTencent(TimeProvider time, string secretId, string secretKey) : HttpMessageHandler
{
    private readonly Lock gate = new();
    private readonly Queue<Func<Received, CancellationToken, Task<HttpResponseMessage>>> sendScript = new();
    private int serial;
    private int hanging;

    public List<Received> Requests { get; } = [];

    /// <summary>Every SendSms that reached the provider (even if the caller never heard back): what the pull APIs report.</summary>
    public List<(string Phone, string SerialNo, string SessionContext, DateTimeOffset At)> Accepted { get; } = [];

    public int SignatureFailures { get; private set; }

    /// <summary>Requests being held without an answer; only then does the harness move fake time on.</summary>
    public int Hanging => Volatile.Read(ref hanging);

    public IEnumerable<Received> SendSms => Requests.Where(r => r.Action == "SendSms" && r.SignatureValid);

    /// <summary>Answers for the next SendSms calls in order; when the script is empty, SendSms succeeds.</summary>
    public FakeTencent Then(Func<Received, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        lock (gate)
        {
            sendScript.Enqueue(answer);
        }

        return this;
    }

    public FakeTencent ThenError(string code) => Then((_, _) => Task.FromResult(Json(new { Response = new { Error = new { Code = code, Message = "fake " + code }, RequestId = Guid.NewGuid().ToString() } })));

    public FakeTencent ThenNumberError(string code) => Then((r, _) => Task.FromResult(Json(new
    {
        Response = new
        {
            SendStatusSet = new[] { new { SerialNo = "", PhoneNumber = r.Body["PhoneNumberSet"]![0]!.GetValue<string>(), Fee = 0, SessionContext = "", Code = code, Message = "fake", IsoCode = "CN" } },
            RequestId = Guid.NewGuid().ToString(),
        },
    })));

    /// <summary>The request reaches Tencent (and is sent) but the answer never comes.</summary>
    public FakeTencent ThenHang() => Then(async (r, ct) =>
    {
        Accept(r);
        Interlocked.Increment(ref hanging);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        }
        finally
        {
            Interlocked.Decrement(ref hanging);
        }
    });

    /// <summary>An HTTP error status with a body that is not Tencent's; nothing was accepted.</summary>
    public FakeTencent ThenStatus(HttpStatusCode status) => Then((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("<html>bad gateway</html>", Encoding.UTF8, "text/html") }));

    /// <summary>Tencent takes the message, then answers 200 with something that is not its envelope.</summary>
    public FakeTencent ThenMalformed() => Then((r, _) =>
    {
        Accept(r);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"Resp", Encoding.UTF8, "application/json") });
    });

    public FakeTencent ThenConnectionRefused() => Then((_, _) =>
        throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (fake)"));

    public static HttpResponseMessage Json(object body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var bytes = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var received = new Received(
            request.Headers.TryGetValues("X-TC-Action", out var a) ? a.Single() : "",
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString() ?? "",
            Encoding.UTF8.GetString(bytes),
            JsonNode.Parse(bytes)!.AsObject(),
            Verify(request, bytes));
        Func<Received, CancellationToken, Task<HttpResponseMessage>>? scripted = null;
        lock (gate)
        {
            Requests.Add(received);
            if (!received.SignatureValid)
            {
                SignatureFailures++;
            }
            else if (received.Action == "SendSms" && sendScript.Count > 0)
            {
                scripted = sendScript.Dequeue();
            }
        }

        if (!received.SignatureValid)
        {
            return Json(new { Response = new { Error = new { Code = "AuthFailure.SignatureFailure", Message = "signature mismatch" }, RequestId = "x" } });
        }

        if (scripted is not null)
        {
            return await scripted(received, cancellationToken);
        }

        return received.Action switch
        {
            "SendSms" => Ok(received),
            "PullSmsSendStatus" => Json(new { Response = new { PullSmsSendStatusSet = Array.Empty<object>(), RequestId = "p" } }),
            "PullSmsSendStatusByPhoneNumber" => ByPhone(received),
            _ => Json(new { Response = new { Error = new { Code = "InvalidAction", Message = received.Action }, RequestId = "x" } }),
        };
    }

    private HttpResponseMessage Ok(Received r)
    {
        var (phone, serialNo, context) = Accept(r);
        return Json(new
        {
            Response = new
            {
                SendStatusSet = new[] { new { SerialNo = serialNo, PhoneNumber = phone, Fee = 1, SessionContext = context, Code = "Ok", Message = "send success", IsoCode = "CN" } },
                RequestId = Guid.NewGuid().ToString(),
            },
        });
    }

    private (string Phone, string SerialNo, string Context) Accept(Received r)
    {
        var phone = r.Body["PhoneNumberSet"]![0]!.GetValue<string>();
        var context = r.Body["SessionContext"]?.GetValue<string>() ?? "";
        lock (gate)
        {
            var serialNo = $"5000:{Interlocked.Increment(ref serial):D28}";
            Accepted.Add((phone, serialNo, context, time.GetUtcNow()));
            return (phone, serialNo, context);
        }
    }

    private HttpResponseMessage ByPhone(Received r)
    {
        var phone = r.Body["PhoneNumber"]!.GetValue<string>();
        var begin = r.Body["BeginTime"]!.GetValue<long>();
        var end = r.Body["EndTime"]!.GetValue<long>();
        List<object> set;
        lock (gate)
        {
            set = [.. Accepted
                .Where(x => x.Phone == phone && x.At.ToUnixTimeSeconds() >= begin && x.At.ToUnixTimeSeconds() <= end)
                .Select(x => new { UserReceiveTime = x.At.ToUnixTimeSeconds(), CountryCode = "86", SubscriberNumber = phone[3..], PhoneNumber = phone, SerialNo = x.SerialNo, ReportStatus = "SUCCESS", Description = "DELIVRD", SessionContext = x.SessionContext })];
        }

        return Json(new { Response = new { PullSmsSendStatusSet = set, RequestId = "q" } });
    }

    /// <summary>Recomputes the signature from the request as received, independently of the code under test.</summary>
    private bool Verify(HttpRequestMessage request, byte[] body)
    {
        var h = request.Headers;
        if (!h.TryGetValues("X-TC-Timestamp", out var ts) || !h.TryGetValues("X-TC-Version", out var version) || version.Single() != "2021-01-11"
            || !h.Contains("X-TC-Region") || !h.Contains("X-TC-Action") || h.Authorization is null)
        {
            return false;
        }

        var timestamp = long.Parse(ts.Single(), CultureInfo.InvariantCulture);
        if (Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - timestamp) > 300)
        {
            return false;
        }

        var parts = h.Authorization.Parameter!.Split(", ").Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var service = request.RequestUri!.Host.Split('.')[0];
        if (h.Authorization.Scheme != "TC3-HMAC-SHA256" || parts["Credential"] != $"{secretId}/{date}/{service}/tc3_request")
        {
            return false;
        }

        var host = request.Headers.Host ?? request.RequestUri.Authority;
        var values = new Dictionary<string, string>
        {
            ["content-type"] = request.Content!.Headers.ContentType!.ToString(),
            ["host"] = host,
            ["x-tc-action"] = h.GetValues("X-TC-Action").Single(),
        };
        var signed = parts["SignedHeaders"].Split(';');
        var canonicalHeaders = string.Concat(signed.Select(n => $"{n}:{values[n].Trim().ToLowerInvariant()}\n"));
        var canonical = $"POST\n/\n\n{canonicalHeaders}\n{parts["SignedHeaders"]}\n{Convert.ToHexStringLower(SHA256.HashData(body))}";
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{date}/{service}/tc3_request\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("tc3_request"));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));
        return signed.Contains("content-type") && signed.Contains("host") && signature == parts["Signature"];
    }

    public sealed record Received(string Action, Dictionary<string, string> Headers, string ContentType, string Raw, JsonObject Body, bool SignatureValid);
}
