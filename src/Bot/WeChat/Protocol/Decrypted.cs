namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>The outcome of decrypting one <c>Encrypt</c> value; <see cref="Message"/> is set only when <see cref="Status"/> is Ok.</summary>
public sealed record Decrypted(CryptoStatus Status, string? Message = null, string? AppId = null, byte[]? Random = null, int Pad = 0)
{
    public bool Ok => Status == CryptoStatus.Ok;
}
