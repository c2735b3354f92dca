namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>Why a ciphertext was refused (Tencent's samples number these -40007 … -40010 and -40005).</summary>
public enum CryptoStatus
{
    Ok,
    BadBase64,
    BadLength,
    BadPadding,
    BadLayout,
    BadUtf8,
    AppIdMismatch,
}
