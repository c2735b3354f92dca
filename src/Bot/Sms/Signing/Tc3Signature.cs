namespace ZeroWork.Bot.Sms.Signing;

/// <summary>Every intermediate of one signature, so each step can be checked against the published vectors.</summary>
public sealed record Tc3Signature(
    string Date,
    string CredentialScope,
    string HashedPayload,
    string CanonicalHeaders,
    string SignedHeaders,
    string CanonicalRequest,
    string HashedCanonicalRequest,
    string StringToSign,
    string SecretDateHex,
    string SecretServiceHex,
    string SecretSigningHex,
    string Signature,
    string Authorization);
