namespace ZeroWork.Bot.WeChat.Api;

/// <summary>The errcodes the client acts on (spec §7.6).</summary>
public static class WeChatErrorCodes
{
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int RequireSubscribe = 43004;
    public const int DailyQuota = 45009;
    public const int OutOfWindow = 45015;
    public const int OutOfResponseCount = 45047;
    public const int IpNotWhitelisted = 40164;
    public const int IpNeedsConfirmation = 89503;

    /// <summary>The token was refused: drop it, fetch another, retry the call once.</summary>
    public static bool IsTokenError(int errcode) => errcode is InvalidCredential or InvalidAccessToken or AccessTokenExpired;

    /// <summary>Errors that clear up with time or an operator's fix, so the message waits rather than fails.</summary>
    public static bool IsTemporary(int errcode) =>
        errcode is SystemBusy or OutOfResponseCount or DailyQuota or IpNotWhitelisted or IpNeedsConfirmation || IsTokenError(errcode);
}
