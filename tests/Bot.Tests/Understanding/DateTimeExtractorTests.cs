using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class DateTimeExtractorTests
{
    // Thursday.
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static string? Date(string text) => DateExtractor.Extract(Normalizer.Normalize(text).Numeric, Today)?.ToString("yyyy-MM-dd");

    private static string? Time(string text) => TimeExtractor.Extract(Normalizer.Normalize(text).Numeric)?.ToString("HH:mm");

    [Theory]
    [InlineData("今天能上工", "2026-11-26")]
    [InlineData("马上要人", "2026-11-26")]
    [InlineData("明天有空", "2026-11-27")]
    [InlineData("明早七点到", "2026-11-27")]
    [InlineData("后天开工", "2026-11-28")]
    [InlineData("大后天", "2026-11-29")]
    [InlineData("周六上午", "2026-11-28")]
    [InlineData("这周日", "2026-11-29")]
    [InlineData("星期四", "2026-11-26")]
    [InlineData("下周一开始", "2026-11-30")]
    [InlineData("下个礼拜三", "2026-12-02")]
    [InlineData("下下周一", "2026-12-07")]
    [InlineData("28号以后有空", "2026-11-28")]
    [InlineData("3号来", "2026-12-03")]
    [InlineData("11月28日开工", "2026-11-28")]
    [InlineData("一月五号开工", "2027-01-05")]
    [InlineData("下个月5号", "2026-12-05")]
    [InlineData("明天 不对是后天", "2026-11-28")]
    [InlineData("后天 哦不对 大后天", "2026-11-29")]
    [InlineData("12月1号到5号", "2026-12-01")]
    public void Resolves_dates(string text, string date) => Assert.Equal(date, Date(text));

    [Theory]
    [InlineData("干到腊月二十")]
    [InlineData("我昨天发的")]
    [InlineData("现在回来了 想找活")]
    [InlineData("5号楼3单元")]
    [InlineData("每月15号发工资")]
    public void No_start_date(string text) => Assert.Null(Date(text));

    [Theory]
    [InlineData("早上7点", "07:00")]
    [InlineData("明早7点檀溪路", "07:00")]
    [InlineData("下午两点半", "14:30")]
    [InlineData("晚上8点上班", "20:00")]
    [InlineData("今晚7点以后", "19:00")]
    [InlineData("中午11点到下午3点", "11:00")]
    [InlineData("中午一点", "13:00")]
    [InlineData("早8晚6", "08:00")]
    [InlineData("7:30到岗", "07:30")]
    [InlineData("早上六点半", "06:30")]
    public void Reads_times(string text, string time) => Assert.Equal(time, Time(text));

    [Theory]
    [InlineData("晚上有空")]
    [InlineData("每天干14个小时")]
    [InlineData("早一点到")]
    [InlineData("时薪20")]
    public void No_clock_time(string text) => Assert.Null(Time(text));
}
