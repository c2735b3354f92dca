using Microsoft.Extensions.Options;
using ZeroWork.Bot.Sms.Delivery;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Bot.Sms.Limits;

/// <summary>
/// Per-number caps checked before SendSms, mirroring Tencent's frequency policy (spec §7): the same text to a number
/// once per 30 s, any text per hour and per China calendar day. The outbox itself is the record of what went to a
/// number, so the count survives a restart; every message handed to the provider counts, whatever came of it. The hourly
/// and daily caps hold back pushes only: an answer to the person's own message or a take-up notice with the employer's
/// number is never kept until midnight, though it does count, so pushes leave it room. The 30-second rule is Tencent's
/// own and applies to everything.
/// </summary>
public sealed class SmsNumberLimits(IMarketStore db, IOptionsMonitor<SmsOptions> options)
{
    private static readonly OutboxState[] HandedStates = [OutboxState.Sending, OutboxState.Sent, OutboxState.Delivered, OutboxState.Unknown, OutboxState.Failed];

    /// <returns>null when the message may go now, else the earliest time it may.</returns>
    public DateTime? RetryAt(string mobile, string text, long excludeId, DateTime utcNow, bool capped = true)
    {
        var limits = options.CurrentValue.Limits;
        var dayStart = ChinaDayStart(utcNow);
        var since = dayStart < utcNow.AddHours(-1) ? dayStart : utcNow.AddHours(-1);
        var sent = Handed(mobile, excludeId, since, utcNow);

        DateTime? retryAt = null;
        void Check(int cap, DateTime windowStart, Func<DateTime, DateTime> freeAt, bool sameTextOnly = false)
        {
            if (cap <= 0)
            {
                return;
            }

            var inWindow = sent.Where(s => s.At > windowStart && (!sameTextOnly || s.Text == text)).Select(s => s.At).Order().ToList();
            if (inWindow.Count >= cap)
            {
                // The window frees when enough of the oldest messages fall out of it.
                var at = freeAt(inWindow[inWindow.Count - cap]);
                retryAt = retryAt is null || at > retryAt ? at : retryAt;
            }
        }

        Check(limits.PerThirtySeconds, utcNow.AddSeconds(-30), t => t.AddSeconds(30), sameTextOnly: true);
        if (capped)
        {
            Check(limits.PerHour, utcNow.AddHours(-1), t => t.AddHours(1));
            Check(limits.PerDay, dayStart, _ => dayStart.AddDays(1));
        }

        return retryAt;
    }

    /// <summary>Midnight China time of the day <paramref name="utcNow"/> falls in, in UTC.</summary>
    public static DateTime ChinaDayStart(DateTime utcNow)
    {
        var china = ChinaTime.ToChina(utcNow);
        return new DateTimeOffset(china.Date, ChinaTime.Offset).UtcDateTime;
    }

    private List<(DateTime At, string Text)> Handed(string mobile, long excludeId, DateTime since, DateTime utcNow)
    {
        return SmsOutbox.To(db, mobile)
            .Where(m => m.Channel == OutboxChannel.Sms && m.Id != excludeId && HandedStates.Contains(m.State))
            .Select(m => (At: m.State == OutboxState.Sending ? utcNow : m.SentAt, m.Text))
            .Where(s => s.At > since)
            .Select(s => (s.At!.Value, s.Text))
            .ToList();
    }
}
