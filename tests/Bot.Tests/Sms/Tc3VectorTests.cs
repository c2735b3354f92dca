using System.Text;
using System.Text.Json;
using ZeroWork.Bot.Sms.Signing;
using ZeroWork.Market.Messaging;
using ZeroWork.Tests.Common;

namespace ZeroWork.Bot.Tests.Sms;

/// <summary>Every vector in shared/specs/tencent-sms-vectors.json, step by step.</summary>
public sealed class Tc3VectorTests
{
    private static readonly Lazy<JsonElement[]> Vectors = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("specs", "tencent-sms-vectors.json")));
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    });

    public static TheoryData<string> SignatureVectors => Names("tc3-signature");

    public static TheoryData<string> DateVectors => Names("credential-date");

    public static TheoryData<string> SegmentVectors => Names("segment-count");

    [Fact]
    public void The_vector_file_has_every_kind_the_spec_lists()
    {
        Assert.Equal(9, SignatureVectors.Count);
        Assert.Equal(5, DateVectors.Count);
        Assert.Equal(6, SegmentVectors.Count);
    }

    [Theory]
    [MemberData(nameof(SignatureVectors))]
    public void Signature_matches_every_published_step(string name)
    {
        var vector = Vector(name);
        var input = vector.GetProperty("inputs");
        var expected = vector.GetProperty("expected");
        Assert.Equal("POST", input.GetProperty("http_method").GetString());
        Assert.Equal("/", input.GetProperty("canonical_uri").GetString());
        Assert.Equal("", input.GetProperty("canonical_query_string").GetString());
        var payload = Encoding.UTF8.GetBytes(input.GetProperty("payload").GetString()!);
        if (input.TryGetProperty("payload_utf8_byte_length", out var length))
        {
            Assert.Equal(length.GetInt32(), payload.Length);
        }

        var signedHeaders = input.GetProperty("signed_headers").GetString();
        var request = new Tc3Request(
            input.GetProperty("host").GetString()!,
            input.GetProperty("service").GetString()!,
            input.GetProperty("action").GetString()!,
            input.GetProperty("content_type").GetString()!,
            payload,
            input.GetProperty("timestamp").GetInt64(),
            SignAction: signedHeaders!.Contains("x-tc-action", StringComparison.Ordinal));

        var signature = Tc3Signer.Sign(request, new Tc3Credentials(input.GetProperty("secret_id").GetString()!, input.GetProperty("secret_key").GetString()!));

        Assert.Equal(Tc3Signer.ServiceOf(request.Host), request.Service);
        Assert.Equal(signedHeaders, signature.SignedHeaders);
        Assert.Equal(expected.GetProperty("date").GetString(), signature.Date);
        Assert.Equal(expected.GetProperty("credential_scope").GetString(), signature.CredentialScope);
        Assert.Equal(expected.GetProperty("hashed_payload").GetString(), signature.HashedPayload);
        if (expected.TryGetProperty("canonical_headers", out var headers))
        {
            Assert.Equal(headers.GetString(), signature.CanonicalHeaders);
        }

        Assert.Equal(expected.GetProperty("canonical_request").GetString(), signature.CanonicalRequest);
        Assert.Equal(expected.GetProperty("hashed_canonical_request").GetString(), signature.HashedCanonicalRequest);
        Assert.Equal(expected.GetProperty("string_to_sign").GetString(), signature.StringToSign);
        Assert.Equal(expected.GetProperty("secret_date_hex").GetString(), signature.SecretDateHex);
        Assert.Equal(expected.GetProperty("secret_service_hex").GetString(), signature.SecretServiceHex);
        Assert.Equal(expected.GetProperty("secret_signing_hex").GetString(), signature.SecretSigningHex);
        Assert.Equal(expected.GetProperty("signature").GetString(), signature.Signature);
        Assert.Equal(expected.GetProperty("authorization").GetString(), signature.Authorization);
    }

    [Theory]
    [MemberData(nameof(DateVectors))]
    public void Credential_date_is_the_utc_date(string name)
    {
        var vector = Vector(name);
        Assert.Equal(
            vector.GetProperty("expected").GetProperty("date").GetString(),
            Tc3Signer.CredentialDate(vector.GetProperty("inputs").GetProperty("x_tc_timestamp").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(SegmentVectors))]
    public void Segments_follow_the_70_67_rule_with_the_signature_counted(string name)
    {
        var vector = Vector(name);
        var input = vector.GetProperty("inputs");
        var expected = vector.GetProperty("expected");
        if (input.TryGetProperty("sign_name", out var sign))
        {
            var body = input.GetProperty("body").GetString()!;
            Assert.Equal(expected.GetProperty("rendered").GetString(), SmsSegments.Signed(sign.GetString(), body));
            Assert.Equal(expected.GetProperty("total_chars").GetInt32(), SmsSegments.Length(SmsSegments.Signed(sign.GetString(), body)));
            Assert.Equal(expected.GetProperty("billed_messages").GetInt32(), SmsSegments.Count(sign.GetString(), body));
            return;
        }

        var length = input.GetProperty("total_chars_including_signature_brackets").GetInt32();
        Assert.Equal(expected.GetProperty("billed_messages").GetInt32(), SmsSegments.CountLength(length));
        Assert.Equal(expected.GetProperty("segments").EnumerateArray().Select(e => e.GetInt32()), SmsSegments.Parts(length));
        Assert.Equal(expected.GetProperty("billed_messages").GetInt32(), SmsSegments.Count(new string('工', length)));
    }

    internal static JsonElement Vector(string name) => Vectors.Value.Single(v => v.GetProperty("name").GetString() == name);

    private static TheoryData<string> Names(string kind) =>
        [.. Vectors.Value.Where(v => v.GetProperty("kind").GetString() == kind).Select(v => v.GetProperty("name").GetString()!)];
}
