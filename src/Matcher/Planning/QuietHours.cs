using ZeroWork.Market.Time;

namespace ZeroWork.Matcher.Planning;

/// <summary>Whether a moment falls in the quiet hours, and when they end.</summary>
public static class QuietHours
{
    /// <returns>The UTC end of the quiet period <paramref name="utcNow"/> is in, or null when it is not quiet.</returns>
    public static DateTime? EndIfQuiet(DateTime utcNow, QuietHoursOptions options)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var china = ChinaTime.ToChina(utcNow);
        var t = TimeOnly.FromTimeSpan(china.TimeOfDay);
        var wraps = options.Start > options.End;
        var quiet = wraps ? t >= options.Start || t < options.End : t >= options.Start && t < options.End;
        if (!quiet)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(china.DateTime);
        if (wraps && t >= options.Start)
        {
            day = day.AddDays(1);
        }

        var end = new DateTimeOffset(day.ToDateTime(options.End), ChinaTime.Offset);
        return end.UtcDateTime;
    }
}
