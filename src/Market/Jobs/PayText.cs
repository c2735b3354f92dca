using System.Globalization;

namespace ZeroWork.Market.Jobs;

/// <summary>Pay as people say it: "一天180元", "150-200元/天", "按件计".</summary>
public static class PayText
{
    public static string Describe(decimal? min, decimal? max, string? unit)
    {
        if (min is null && max is null)
        {
            return "工钱面议";
        }

        var amount = (min, max) switch
        {
            ({ } a, { } b) when a == b => Number(a) + "元",
            ({ } a, { } b) => $"{Number(a)}-{Number(b)}元",
            ({ } a, null) => $"{Number(a)}元以上",
            (null, { } b) => $"最多{Number(b)}元",
            _ => "",
        };
        return unit switch
        {
            "day" => "一天" + amount,
            "hour" => "每小时" + amount,
            "month" => "每月" + amount,
            "piece" => "计件" + amount,
            "job" => "包工" + amount,
            _ => amount,
        };
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
