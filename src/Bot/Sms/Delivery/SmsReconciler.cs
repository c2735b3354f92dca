using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Sms.Delivery;

/// <summary>
/// Resolves SMS whose send ended Unknown, without resending: reports already received are applied, the status queue is
/// pulled (<c>PullSmsSendStatus</c>, if Tencent enabled it for the account), and each remaining number is asked with
/// <c>PullSmsSendStatusByPhoneNumber</c>, matching our SessionContext. No trace yet leaves the message Unknown.
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

        var sentAt = new DateTimeOffset((message.SentAt ?? message.CreatedAt).ToUniversalTime(), TimeSpan.Zero);
        var now = time.GetUtcNow();
        var end = sentAt.AddDays(1) < now ? sentAt.AddDays(1) : now;
        var reply = await clients.Create().PullSmsSendStatusByPhoneNumberAsync(MainlandMobile.ToE164(mobile), sentAt.AddMinutes(-10), end, cancellationToken);
        if (reply.Error is { } error)
        {
            logger.LogWarning("PullSmsSendStatusByPhoneNumber for outbox {Id} failed: {Code} {Message}", message.Id, error.Code, error.Message);
            return;
        }

        var context = SmsOutboxSender.SessionContextOf(message.Id);
        var status = reply.Result!.PullSmsSendStatusSet.FirstOrDefault(s => s.SessionContext == context);
        if (status is null)
        {
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
