using System.Globalization;
using System.Text.Json;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.People;

namespace ZeroWork.Bot.Sms.Hooks;

/// <summary>One item of the reply callback (spec §8.2: extend, mobile, nationcode, sign, text, time) as an envelope, or the reason it was skipped.</summary>
public static class SmsReplyParser
{
    public static (InboundEnvelope? Envelope, string? Skip) Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "条目不是对象");
        }

        var mobile = CallbackBody.Text(item, "mobile");
        var text = CallbackBody.Text(item, "text");
        var time = CallbackBody.Text(item, "time");
        if (string.IsNullOrWhiteSpace(mobile) || text is null || string.IsNullOrWhiteSpace(time))
        {
            return (null, "缺少 mobile、text 或 time");
        }

        if (!long.TryParse(time, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && !TryChinaTime(time, out seconds))
        {
            return (null, "time 不是有效时间");
        }

        if (!MainlandMobile.TryNormalise(CallbackBody.Text(item, "nationcode"), mobile, out var normalised))
        {
            return (null, "不是中国大陆手机号");
        }

        return (new InboundEnvelope
        {
            Channel = Channel.Sms,
            From = normalised,
            DedupeKey = "sms:" + normalised + "|" + seconds.ToString(CultureInfo.InvariantCulture) + "|" + text,
            Kind = "text",
            Text = text,
        }, null);
    }

    private static bool TryChinaTime(string value, out long seconds)
    {
        seconds = 0;
        if (!DateTime.TryParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        seconds = new DateTimeOffset(local, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        return true;
    }
}
