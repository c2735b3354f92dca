namespace ZeroWork.Bot.Sms.Api;

/// <summary>What an error code means for one message (spec §6).</summary>
public enum SmsErrorKind
{
    /// <summary>Nothing was sent (rate limit on the API, expired signature, clock skew): safe to retry at once.</summary>
    NothingSent,

    /// <summary>The message may have gone out: mark unknown and reconcile, never resend blindly.</summary>
    Ambiguous,

    /// <summary>Tencent's per-number or frequency policy: try again after a wait, not at once.</summary>
    WaitThenRetry,

    /// <summary>Balance, arrears, app daily cap: wait and alert an operator.</summary>
    OperatorNeeded,

    /// <summary>Wrong number, unapproved template, bad credentials, sensitive words …: a retry would fail the same way.</summary>
    Permanent,
}
