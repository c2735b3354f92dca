namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>"3天2小时", "5小时10分", "12分钟": how long someone has been waiting.</summary>
public static class Elapsed
{
    public static string Text(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalDays >= 1 ? $"{(int)span.TotalDays}天{span.Hours}小时"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours}小时{span.Minutes}分"
            : $"{(int)span.TotalMinutes}分钟";
    }
}
