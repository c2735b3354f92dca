using ZeroWork.Market.Time;

namespace ZeroWork.Matcher.Planning;

/// <summary>Caps count per China-time day.</summary>
public static class DayStart
{
    public static DateTime ChinaDayStartUtc(DateTime utcNow)
    {
        var china = ChinaTime.ToChina(utcNow);
        return new DateTimeOffset(china.Date, ChinaTime.Offset).UtcDateTime;
    }
}
