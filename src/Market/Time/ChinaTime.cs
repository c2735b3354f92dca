using System.Globalization;

namespace ZeroWork.Market.Time;

/// <summary>Times are stored in UTC and shown in China time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    public static string Today(TimeProvider time) => Now(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc) => utc is null ? "" : Format(utc.Value);
}
