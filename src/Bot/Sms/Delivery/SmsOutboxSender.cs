using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Bot.Sms.Limits;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Bot.Sms.Templates;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>Sends one outbox SMS with SendSms. The dispatcher has already committed it as Sending; this decides Sent / Failed / Unknown / Deferred / NotSent and never retries a call that may have been sent (the reconciler decides that later).</summary>
public sealed class SmsOutboxSender(
    TencentSmsClientFactory clients,
    SmsComposer composer,
    SmsNumberLimits limits,
    IOptionsMonitor<SmsOptions> options,
    TimeProvider time,
    ILogger<SmsOutboxSender> logger) : IOutboxSender
{
    public const string NoProvider = "未配置短信服务商";

    /// <summary>Nothing was sent but the provider could not be reached: when to look again.</summary>
    private static readonly TimeSpan UnreachableBackoff = TimeSpan.FromMinutes(1);

    public OutboxChannel Channel => OutboxChannel.Sms;

    public bool CallsProvider => options.CurrentValue.HasCredentials;

    public static string SessionContextOf(long outboxId) => "outbox:" + outboxId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var composed = composer.Compose(message);
        SendOutcome With(SendOutcome outcome) => outcome with { Text = composed.Body, Segments = outcome.Segments ?? composed.Segments, Cost = outcome.Cost ?? composed.Cost };

        if (!o.HasCredentials)
        {
            return With(new SendOutcome(OutboxState.NotSent, Error: NoProvider));
        }

        if (composed.Error is not null)
        {
            return With(new SendOutcome(OutboxState.Failed, Error: composed.Error));
        }

        if (!MainlandMobile.TryNormalise(message.Address, out var mobile))
        {
            return With(new SendOutcome(OutboxState.Failed, Error: $"{PhoneMask.Mask(message.Address)} 不是中国大陆手机号，短信无法发送"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (limits.RetryAt(mobile, composed.Body, message.Id, now, capped: !OutboxMessage.IsUrgent(message.Purpose)) is { } retryAt)
        {
            return With(new SendOutcome(OutboxState.Deferred, Error: $"同一号码发送过于频繁，推迟到 {ChinaTime.Format(retryAt)}", RetryAt: retryAt));
        }

        var e164 = MainlandMobile.ToE164(mobile);
        var request = new SendSmsRequest
        {
            PhoneNumberSet = [e164],
            SmsSdkAppId = o.SdkAppId!,
            TemplateId = composed.TemplateId!,
            SignName = o.SignName!,
            TemplateParamSet = composed.Variables,
            SessionContext = SessionContextOf(message.Id),
        };

        try
        {
            var reply = await clients.Create().SendSmsAsync(request, cancellationToken);
            var outcome = Interpret(reply, e164, now);
            return With(outcome);
        }
        catch (BrokenCircuitException)
        {
            var at = now + o.BreakDuration;
            return With(new SendOutcome(OutboxState.Deferred, Error: "短信服务商持续出错，暂停发送（熔断）", RetryAt: at));
        }
        catch (TimeoutRejectedException)
        {
            return With(new SendOutcome(OutboxState.Unknown, Error: $"请求超时（{o.Timeout.TotalSeconds:0} 秒），服务商可能已收到，等待对账"));
        }
        catch (HttpRequestException ex) when (SmsResilience.NeverWritten(ex))
        {
            return With(new SendOutcome(OutboxState.Deferred, Error: "无法连接短信服务商：" + ex.Message, RetryAt: now + UnreachableBackoff));
        }
        catch (HttpRequestException ex)
        {
            return With(new SendOutcome(OutboxState.Unknown, Error: "连接中断，服务商可能已收到，等待对账：" + ex.Message));
        }
        catch (TencentHttpException ex) when ((int)ex.Status >= 500 || ex.Status == HttpStatusCode.RequestTimeout)
        {
            return With(new SendOutcome(OutboxState.Unknown, Error: ex.Message));
        }
        catch (TencentHttpException ex)
        {
            return With(new SendOutcome(OutboxState.Failed, Error: ex.Message));
        }
        catch (OperationCanceledException)
        {
            return With(new SendOutcome(OutboxState.Unknown, Error: "请求被中断，服务商可能已收到，等待对账"));
        }
    }

    private SendOutcome Interpret(TencentReply<SendSmsResult> reply, string e164, DateTime now)
    {
        if (reply.Error is { } error)
        {
            return FromError(error.Code, error.Message, now, reply.RequestId);
        }

        var statuses = reply.Result!.SendStatusSet;

        // Order is not guaranteed: match on the number.
        var status = statuses.FirstOrDefault(s => s.PhoneNumber == e164) ?? (statuses.Count == 1 ? statuses[0] : null);
        if (status is null)
        {
            return new SendOutcome(OutboxState.Unknown, Error: $"应答中没有该号码的发送状态（RequestId {reply.Result.RequestId}）");
        }

        if (status.IsOk)
        {
            return new SendOutcome(OutboxState.Sent, ProviderId: status.SerialNo)
            {
                Segments = status.Fee > 0 ? status.Fee : null,
                Cost = status.Fee > 0 ? status.Fee * options.CurrentValue.PricePerSegment : null,
            };
        }

        return FromError(status.Code, status.Message, now, reply.Result.RequestId);
    }

    private SendOutcome FromError(string code, string message, DateTime now, string? requestId)
    {
        var text = $"{code}：{message}";
        switch (TencentErrorCodes.Classify(code))
        {
            case SmsErrorKind.NothingSent:
                return new SendOutcome(OutboxState.Deferred, Error: "服务商限流，稍后重试：" + text, RetryAt: now + UnreachableBackoff);
            case SmsErrorKind.Ambiguous:
                return new SendOutcome(OutboxState.Unknown, Error: "服务商内部错误，结果未知，等待对账：" + text);
            case SmsErrorKind.WaitThenRetry:
                return new SendOutcome(OutboxState.Deferred, Error: "服务商频率限制：" + text, RetryAt: WaitUntil(code, now));
            case SmsErrorKind.OperatorNeeded:
                logger.LogError("SMS provider needs an operator: {Code} {Message} (RequestId {RequestId})", code, message, requestId);
                return new SendOutcome(OutboxState.Deferred, Error: "需要管理员处理（余额、欠费或日上限）：" + text, RetryAt: WaitUntil(code, now));
            default:
                logger.LogWarning("SendSms refused: {Code} {Message} (RequestId {RequestId})", code, message, requestId);
                return new SendOutcome(OutboxState.Failed, Error: text);
        }
    }

    private static DateTime WaitUntil(string code, DateTime now)
    {
        var nextChinaDay = SmsNumberLimits.ChinaDayStart(now).AddDays(1);
        return code switch
        {
            TencentErrorCodes.ThirtySecondLimit => now.AddSeconds(30),
            TencentErrorCodes.OneHourLimit => now.AddHours(1),
            TencentErrorCodes.DailyLimit or TencentErrorCodes.SameContentDailyLimit or TencentErrorCodes.AppDailyLimit or TencentErrorCodes.GlobalDailyLimit => nextChinaDay,

            // Marketing SMS may go 08:00–22:00 Beijing time.
            TencentErrorCodes.MarketingSendTime => ChinaTime.ToChina(now).Hour < 8 ? nextChinaDay.AddDays(-1).AddHours(8) : nextChinaDay.AddHours(8),
            TencentErrorCodes.DeliveryFrequencyLimit => now.AddMinutes(10),
            _ => now.AddMinutes(30),
        };
    }
}
