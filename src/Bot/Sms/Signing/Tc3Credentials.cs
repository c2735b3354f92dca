namespace ZeroWork.Bot.Sms.Signing;

public sealed record Tc3Credentials(string SecretId, string SecretKey)
{
    /// <summary>Keeps the key out of logs and exception messages.</summary>
    public override string ToString() => $"Tc3Credentials {{ SecretId = {SecretId} }}";
}
