using System.Globalization;

namespace ZeroWork.Bot.Conversations;

/// <summary>Dates as people read them: "11月27日(周五) 07:00".</summary>
public static class DateText
{
    private static readonly string[] WeekDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Describe(string? date, string? time)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return time ?? "时间面议";
        }

        var text = $"{day.Month}月{day.Day}日({WeekDays[(int)day.DayOfWeek]})";
        return time is null ? text : $"{text} {time}";
    }
}
