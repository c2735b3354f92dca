namespace ZeroWork.Bot.Sms.Api;

/// <summary>The spec's retry table (§6) as code: which error codes are safe to retry, which are ambiguous and which are policy.</summary>
public static class TencentErrorCodes
{
    public const string SignatureExpire = "AuthFailure.SignatureExpire";
    public const string RequestTimeException = "InternalError.RequestTimeException";
    public const string InternalTimeout = "InternalError.Timeout";
    public const string SendAndRecvFail = "InternalError.SendAndRecvFail";
    public const string ThirtySecondLimit = "LimitExceeded.PhoneNumberThirtySecondLimit";
    public const string OneHourLimit = "LimitExceeded.PhoneNumberOneHourLimit";
    public const string DailyLimit = "LimitExceeded.PhoneNumberDailyLimit";
    public const string SameContentDailyLimit = "LimitExceeded.PhoneNumberSameContentDailyLimit";
    public const string DeliveryFrequencyLimit = "LimitExceeded.DeliveryFrequencyLimit";
    public const string AppDailyLimit = "LimitExceeded.AppDailyLimit";
    public const string GlobalDailyLimit = "LimitExceeded.DailyLimit";
    public const string InsufficientBalance = "FailedOperation.InsufficientBalanceInSmsPackage";
    public const string SuspendedForArrears = "UnauthorizedOperation.SerivceSuspendDueToArrears";
    public const string MarketingSendTime = "FailedOperation.MarketingSendTimeConstraint";

    public static SmsErrorKind Classify(string code)
    {
        if (code.StartsWith("RequestLimitExceeded", StringComparison.Ordinal) || code is SignatureExpire or RequestTimeException)
        {
            return SmsErrorKind.NothingSent;
        }

        // InternalError.OtherError/UnknownError may or may not have sent; the rest of InternalError.* are our bugs.
        if (code is InternalTimeout or SendAndRecvFail or "InternalError.OtherError" or "InternalError.UnknownError" or "InternalError" or TencentResponseParser.MalformedResponse)
        {
            return SmsErrorKind.Ambiguous;
        }

        if (code is ThirtySecondLimit or OneHourLimit or DailyLimit or SameContentDailyLimit or DeliveryFrequencyLimit or MarketingSendTime)
        {
            return SmsErrorKind.WaitThenRetry;
        }

        return code is InsufficientBalance or SuspendedForArrears or AppDailyLimit or GlobalDailyLimit
            ? SmsErrorKind.OperatorNeeded
            : SmsErrorKind.Permanent;
    }

    /// <summary>Codes that say the provider itself is in trouble, for the circuit breaker: its internal errors, and answers that are not its envelope at all.</summary>
    public static bool ProviderFailing(string code) =>
        (code.StartsWith("InternalError", StringComparison.Ordinal) && code != RequestTimeException) || code == TencentResponseParser.MalformedResponse;
}
