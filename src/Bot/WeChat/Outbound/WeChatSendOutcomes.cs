using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.WeChat.Outbound;

/// <summary>API results as outbox outcomes: permanent errcodes (40003, 43004, 45015, …) fail; quota, busy and configuration errors wait; a send whose fate is unknown (timeout or broken connection after sending, garbled answer) is Unknown unless resending is harmless (template messages carry client_msg_id).</summary>
public static class WeChatSendOutcomes
{
    public static SendOutcome From(WeChatApiResult result, TimeProvider time, bool resendIsHarmless)
    {
        var now = time.GetUtcNow();
        return result.Status switch
        {
            WeChatCallStatus.Ok => new SendOutcome(OutboxState.Sent, ProviderId: result.MsgId),
            WeChatCallStatus.NotConfigured => new SendOutcome(OutboxState.NotSent, Error: result.Describe()),
            WeChatCallStatus.ApiError when WeChatErrorCodes.IsTemporary(result.ErrCode) =>
                Deferred(result, RetryAt(result.ErrCode, time)),
            WeChatCallStatus.ApiError => new SendOutcome(OutboxState.Failed, Error: result.Describe()),
            // WeChat itself answered "failed" (5xx after the retries), or no request left: nothing was delivered.
            WeChatCallStatus.Unreachable or WeChatCallStatus.CircuitOpen or WeChatCallStatus.HttpError => Deferred(result, now.AddMinutes(1)),
            _ when resendIsHarmless => Deferred(result, now.AddMinutes(1)),
            _ => new SendOutcome(OutboxState.Unknown, Error: result.Describe()),
        };
    }

    private static SendOutcome Deferred(WeChatApiResult result, DateTimeOffset at) =>
        new(OutboxState.Deferred, Error: result.Describe(), RetryAt: at.UtcDateTime);

    private static DateTimeOffset RetryAt(int errcode, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return errcode switch
        {
            WeChatErrorCodes.SystemBusy => now.AddMinutes(1),

            // The customer-service quota comes back with the user's next message; an hour is a polite re-check.
            WeChatErrorCodes.OutOfResponseCount => now.AddHours(1),

            // Daily quotas reset at midnight China time.
            WeChatErrorCodes.DailyQuota => new DateTimeOffset(ChinaTime.Now(time).Date.AddDays(1).AddMinutes(5), ChinaTime.Offset),
            _ => now.AddMinutes(10),
        };
    }
}
