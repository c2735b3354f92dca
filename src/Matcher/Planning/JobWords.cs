using System.Globalization;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Matcher.Planning;

/// <summary>The short Chinese words a push and a take-up reply use for a post.</summary>
public static class JobWords
{
    public static string Kind(JobPost job) => SkillCatalog.NameOf(job.Skills);

    /// <summary>今天 / 明天 / 后天 / 11月28日, then the start time when given: "明天7:00".</summary>
    public static string When(JobPost job, string todayChina)
    {
        var day = "";
        if (DateOnly.TryParseExact(job.WorkDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && DateOnly.TryParseExact(todayChina, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
        {
            day = (date.DayNumber - today.DayNumber) switch
            {
                0 => "今天",
                1 => "明天",
                2 => "后天",
                _ => date.ToString("M月d日", CultureInfo.InvariantCulture),
            };
        }

        var time = TimeOnly.TryParseExact(job.StartTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t.ToString("H:mm", CultureInfo.InvariantCulture)
            : "";
        return day + time;
    }

    /// <summary>"日薪200", "日薪180-220", "计件8元", "面议": the unit first, as posters write it, and a character shorter than "200元/天".</summary>
    public static string Pay(JobPost job)
    {
        var (min, max) = (job.PayMin ?? job.PayMax, job.PayMax ?? job.PayMin);
        if (min is null || max is null)
        {
            return "面议";
        }

        var amount = min == max
            ? max.Value.ToString("0.##", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{min.Value:0.##}-{max.Value:0.##}");
        return job.PayUnit switch
        {
            "day" => "日薪" + amount,
            "hour" => "时薪" + amount,
            "month" => "月薪" + amount,
            "piece" => "计件" + amount + "元",
            "job" => "包干" + amount + "元",
            _ => amount + "元",
        };
    }

    /// <summary>"800米" or "1.2公里".</summary>
    public static string Distance(double meters) => meters < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(10, Math.Round(meters / 10) * 10):0}米")
        : string.Create(CultureInfo.InvariantCulture, $"{meters / 1000:0.0}公里");

    /// <summary>The place as written, at most <paramref name="max"/> characters.</summary>
    public static string Place(JobPost job, int max)
    {
        var place = (job.PlaceText ?? "").Trim();
        return place.Length <= max ? place : place[..max];
    }
}
