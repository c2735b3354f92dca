using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>
/// Resolves SMS whose send ended Unknown: reports already received are applied, the status queue is pulled
/// (<c>PullSmsSendStatus</c>, if Tencent enabled it for the account), and each remaining number is asked with
/// <c>PullSmsSendStatusByPhoneNumber</c>, matching our SessionContext (the outbox id). A message Tencent has is Sent (or
/// Delivered/Failed by its report). Only when Tencent answered that pull without a trace of it, and its call has been in
/// doubt for the whole in-doubt window (reports and pulled statuses can lag by minutes), is the decision handed to
/// <see cref="OutboxLedger.Decide"/>: send once more, never a third time. A pull that fails decides nothing.
/// </summary>
public sealed class SmsReconciler(
    TencentSmsClientFactory clients,
    SmsReceipts receipts,
    OutboxLedger ledger,
    IOptionsMonitor<SmsOptions> options,
    TimeProvider time,
    ILogger<SmsReconciler> logger) : IOutboxReconciler
{
    private const int PageSize = 100;
    private const int MaxPages = 10;

    public OutboxChannel Channel => OutboxChannel.Sms;

    public async Task ReconcileAsync(IReadOnlyList<OutboxMessage> unknown, CancellationToken cancellationToken)
    {
        receipts.ApplyPending(TimeSpan.FromDays(7));
        if (!options.CurrentValue.HasCredentials)
        {
            return;
        }

        await PullQueueAsync(cancellationToken);
        foreach (var message in unknown)
        {
            // The queue or a stored report may just have settled it.
            if (ledger.Find(message.Id) is { State: OutboxState.Unknown })
            {
                await AskAboutAsync(message, cancellationToken);
            }
        }
    }

    /// <summary>Drains the send-status queue; each status can be pulled once, so every one is recorded.</summary>
    private async Task PullQueueAsync(CancellationToken cancellationToken)
    {
        for (var page = 0; page < MaxPages; page++)
        {
            var reply = await clients.Create().PullSmsSendStatusAsync(PageSize, cancellationToken);
            if (reply.Error is { } error)
            {
                logger.LogDebug("PullSmsSendStatus unavailable: {Code} {Message}", error.Code, error.Message);
                return;
            }

            var set = reply.Result!.PullSmsSendStatusSet;
            foreach (var status in set)
            {
                Record(status);
            }

            if (set.Count < PageSize)
            {
                return;
            }
        }
    }

    private async Task AskAboutAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!MainlandMobile.TryNormalise(message.Address, out var mobile))
        {
            return;
        }

        // From the first call: a resent message's earlier call may be the one Tencent has.
        var sentAt = new DateTimeOffset(message.FirstCall()?.At ?? message.SentAt ?? message.CreatedAt, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var end = sentAt.AddDays(1) < now ? sentAt.AddDays(1) : now;
        var reply = await clients.Create().PullSmsSendStatusByPhoneNumberAsync(MainlandMobile.ToE164(mobile), sentAt.AddMinutes(-10), end, cancellationToken);
        if (reply.Error is { } error)
        {
            logger.LogWarning("PullSmsSendStatusByPhoneNumber for outbox {Id} failed: {Code} {Message}", message.Id, error.Code, error.Message);

            // Tencent answered but will not tell (the account may lack the pull): waiting longer learns nothing. A provider
            // in trouble or a rate limit may tell later, so that decides nothing.
            if (TencentErrorCodes.Classify(error.Code) == SmsErrorKind.Permanent)
            {
                DecideIfOutlived(message, $"短信服务商的状态查询不可用（{error.Code}）");
            }

            return;
        }

        var context = SmsOutboxSender.SessionContextOf(message.Id);
        var status = reply.Result!.PullSmsSendStatusSet.FirstOrDefault(s => s.SessionContext == context);
        if (status is null)
        {
            DecideIfOutlived(message, $"短信服务商没有该号码 {ChinaTime.Format(sentAt.UtcDateTime)} 以来此条消息的记录");
            return;
        }

        if (!string.IsNullOrEmpty(status.ReportStatus))
        {
            Record(status);
            return;
        }

        // Tencent has it but the carrier has not reported yet: it was sent.
        ledger.Update(message.Id, m => m.State == OutboxState.Unknown
            ? m with { State = OutboxState.Sent, ProviderId = status.SerialNo, LastError = null }
            : null);
    }

    private void DecideIfOutlived(OutboxMessage message, string reason)
    {
        if (!ledger.DoubtOutlived(message))
        {
            return;
        }

        var decided = ledger.Decide(message.Id, reason);
        logger.LogWarning("SMS outbox {Id} unaccounted for by the provider: {Decision}", message.Id, decided?.State == OutboxState.Pending ? "sending once more" : "left for staff");
    }

    private void Record(PulledSendStatus status)
    {
        if (string.IsNullOrEmpty(status.ReportStatus) || string.IsNullOrEmpty(status.SerialNo))
        {
            return;
        }

        MainlandMobile.TryNormalise(status.CountryCode, status.SubscriberNumber, out var mobile);
        receipts.Record(new SmsReceipt
        {
            Sid = status.SerialNo,
            Status = status.ReportStatus,
            Mobile = mobile ?? status.SubscriberNumber,
            UserReceiveTime = status.UserReceiveTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(status.UserReceiveTime).UtcDateTime : null,
            Code = status.Description,
            SessionContext = string.IsNullOrEmpty(status.SessionContext) ? null : status.SessionContext,
        });
    }
}
