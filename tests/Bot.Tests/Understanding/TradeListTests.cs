using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>
/// Several trades in one post, each with its own count and pay: headcount is the post's total (the sum of the trades' counts,
/// null when one is vague) and the pay spans the trades' pays in the first pay's unit (docs/understanding.md).
/// </summary>
public sealed class TradeListTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private static Reading Read(string text) => Reader.Read(text, "wechat", Now);

    [Theory]
    [InlineData("下周一 樊城 小区改造 电工2 水暖工2 一天三百五 电话13500009135", 4)]
    [InlineData("初八开工 东津 住宅项目 招 木工15 钢筋12 架子工6 小工20 活多 长期", 53)]
    [InlineData("新开超市 长期招 理货员 收银员 各2名 月薪3000", 4)]
    [InlineData("工地招 木工 钢筋工 各5名 一天三百八到四百二", 10)]
    [InlineData("老房子翻新 要个泥工 一个小工 泥工三百小工两百 现结", 2)]
    [InlineData("修路 招压路机司机1名 一天500 小工6名 一天220", 7)]
    [InlineData("急招 电焊工 5人 打磨工 3人 计件", 8)]
    [InlineData("招小工2 一天180", 2)]
    [InlineData("刷漆 1个 三百 樊城", 1)]
    [InlineData("【招工】某配件厂\n①电焊工 5名 6000-8000/月\n②打磨工 5名 5000-6000/月\n③叉车工 1名 5500/月", 11)]
    [InlineData("工地需要：木工2个（一天四百） 小工3个（一天两百）", 5)]
    [InlineData("招：钢筋工 人数10 日薪380", 10)]
    [InlineData("工厂招 男工10名 女工5名 月薪五千", 15)]
    [InlineData("急招\n1、电工 3名 400/天\n2、焊工 2名 420/天\n3、小工 5名 230/天", 10)]
    [InlineData("今晚8点 卸一个柜 要4个人 一人两百", 4)]
    public void Adds_the_trades_counts(string text, int heads) => Assert.Equal(heads, Read(text).Headcount);

    [Theory]
    [InlineData("招工 普工若干 电工2名 月薪四千到六千")]
    [InlineData("招叉车工 3年经验 月薪五千")]
    [InlineData("招电工2级证 一天350")]
    [InlineData("招 钢筋工 木工 架子工 人数不限 一天350起")]
    public void No_total_when_a_count_is_vague_or_is_no_count(string text) => Assert.Null(Read(text).Headcount);

    [Theory]
    [InlineData("老房子翻新 要个泥工 一个小工 泥工三百小工两百 现结", 200, 300, "day")]
    [InlineData("饭店招 厨师1名 服务员3名 洗碗工1名 厨师月薪7000 服务员3500 洗碗2800", 2800, 7000, "month")]
    [InlineData("仓库 招分拣员10名 时薪二十 叉车司机2名 月薪六千", 20, 20, "hour")]
    [InlineData("招瓦工大工3个 小工2个 大工一天四百 小工两百二", 220, 400, "day")]
    public void Spans_the_trades_pays_in_the_first_unit(string text, double min, double max, string unit)
    {
        var r = Read(text);

        Assert.Equal((decimal)min, r.PayMin);
        Assert.Equal((decimal)max, r.PayMax);
        Assert.Equal(unit, r.PayUnit);
    }
}
