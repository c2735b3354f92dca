namespace ZeroWork.Bot.Sms.Signing;

/// <summary>What TC3-HMAC-SHA256 signs for one POST: the exact body bytes and the exact Content-Type that go on the wire.</summary>
public sealed record Tc3Request(
    string Host,
    string Service,
    string Action,
    string ContentType,
    ReadOnlyMemory<byte> Payload,
    long Timestamp,
    bool SignAction = true);
