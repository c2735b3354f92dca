using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>今天/明天 in chatter, declines and closings name no day of work; in a post or an offer they do.</summary>
public sealed class WorkDayTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private static Reading Read(string text) => Reader.Read(text, "wechat", Now);

    [Theory]
    [InlineData("今天天气真好")]
    [InlineData("今天太热了 大家注意防暑")]
    [InlineData("明天要下雨 大家注意安全")]
    [InlineData("今天有点累 明天再说吧")]
    [InlineData("今天你吃饭了吗")]
    [InlineData("明天就过年了 祝大家新年快乐")]
    [InlineData("今天发工资了 开心")]
    [InlineData("早上好 今天也要加油")]
    public void Chatter_names_no_date(string text)
    {
        var r = Read(text);

        Assert.Equal(Intents.Other, r.Intent);
        Assert.Null(r.Date);
    }

    [Theory]
    [InlineData("明天不去了 下雨")]
    [InlineData("今天不招了 谢谢")]
    [InlineData("老板说好今天结账 又没给 怎么办")]
    public void A_decline_a_closing_or_a_complaint_names_no_date(string text) => Assert.Null(Read(text).Date);

    [Theory]
    [InlineData("明天有空 会瓦工", "2026-12-05")]
    [InlineData("今天能上工 小工 樊城", "2026-12-04")]
    [InlineData("今天下雨 明天开工 要瓦工3个", "2026-12-05")]
    [InlineData("今天太累了 明天可以干 小工", "2026-12-05")]
    [InlineData("明天我休息 谁有活介绍一下", "2026-12-05")]
    [InlineData("今天的活干完了 明天有没有活", "2026-12-05")]
    [InlineData("今天干完 给300 要个小工", "2026-12-04")]
    [InlineData("回程车 明天上午从武汉回襄阳 求货", "2026-12-05")]
    public void The_day_of_work_or_of_a_trip_stays(string text, string date) => Assert.Equal(date, Read(text).Date);
}
