using System.Globalization;
using System.Text.Json;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.Sms.Hooks;

/// <summary>One item of the delivery-receipt callback (spec §8.1) as a receipt, or the reason it was skipped.</summary>
public static class SmsReceiptParser
{
    public static (SmsReceipt? Receipt, string? Skip) Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "条目不是对象");
        }

        var sid = CallbackBody.Text(item, "sid");
        var status = CallbackBody.Text(item, "report_status")?.Trim().ToUpperInvariant();
        if (string.IsNullOrWhiteSpace(sid) || status is not ("SUCCESS" or "FAIL"))
        {
            return (null, "缺少 sid 或 report_status");
        }

        MainlandMobile.TryNormalise(CallbackBody.Text(item, "nationcode"), CallbackBody.Text(item, "mobile"), out var mobile);
        return (new SmsReceipt
        {
            Sid = sid,
            Status = status,
            Mobile = mobile ?? "",
            UserReceiveTime = ChinaTimeToUtc(CallbackBody.Text(item, "user_receive_time")),
            Code = CallbackBody.Text(item, "errmsg"),
            Description = CallbackBody.Text(item, "description"),
        }, null);
    }

    /// <summary>The doc does not state the zone of <c>user_receive_time</c>; it is presumably Beijing time (spec §8.1).</summary>
    private static DateTime? ChinaTimeToUtc(string? value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(8)).UtcDateTime
            : null;
}
