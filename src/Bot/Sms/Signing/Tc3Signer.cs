using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ZeroWork.Bot.Sms.Signing;

/// <summary>Tencent Cloud API 3.0 signature v3 (TC3-HMAC-SHA256), spec §2.2.</summary>
public static class Tc3Signer
{
    public const string Algorithm = "TC3-HMAC-SHA256";

    public static Tc3Signature Sign(Tc3Request request, Tc3Credentials credentials)
    {
        var date = CredentialDate(request.Timestamp);
        var scope = $"{date}/{request.Service}/tc3_request";
        var hashedPayload = Hex(SHA256.HashData(request.Payload.Span));

        // Values are lowercased here only; the X-TC-Action header itself keeps its case.
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = request.ContentType.Trim().ToLowerInvariant(),
            ["host"] = request.Host.Trim().ToLowerInvariant(),
        };
        if (request.SignAction)
        {
            headers["x-tc-action"] = request.Action.Trim().ToLowerInvariant();
        }

        var canonicalHeaders = string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n"));
        var signedHeaders = string.Join(';', headers.Keys);
        var canonicalRequest = $"POST\n/\n\n{canonicalHeaders}\n{signedHeaders}\n{hashedPayload}";
        var hashedCanonical = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
        var stringToSign = $"{Algorithm}\n{request.Timestamp.ToString(CultureInfo.InvariantCulture)}\n{scope}\n{hashedCanonical}";

        var secretDate = Hmac(Encoding.UTF8.GetBytes("TC3" + credentials.SecretKey), date);
        var secretService = Hmac(secretDate, request.Service);
        var secretSigning = Hmac(secretService, "tc3_request");
        var signature = Hex(Hmac(secretSigning, stringToSign));
        var authorization = $"{Algorithm} Credential={credentials.SecretId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";

        return new Tc3Signature(
            date,
            scope,
            hashedPayload,
            canonicalHeaders,
            signedHeaders,
            canonicalRequest,
            hashedCanonical,
            stringToSign,
            Hex(secretDate),
            Hex(secretService),
            Hex(secretSigning),
            signature,
            authorization);
    }

    /// <summary>The UTC date of the timestamp: a local date breaks every signature between 00:00 and 08:00 Beijing time.</summary>
    public static string CredentialDate(long timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The service name is the first label of the host, whichever regional variant is used.</summary>
    public static string ServiceOf(string host) => host.Split('.')[0];

    private static byte[] Hmac(byte[] key, string message) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
