using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Formal and colloquial numerals in pay: 贰佰, 叁佰伍, 两佰一天, 七八千, 一百五, 两千五, with 块/元/圆.</summary>
public sealed class FormalNumeralsTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("工资贰佰一天", "工资二百一天")]
    [InlineData("叁佰伍", "三百五")]
    [InlineData("月薪贰仟捌佰元", "月薪二千八百元")]
    [InlineData("日结贰佰圆", "日结二百元")]
    [InlineData("伍师傅 陆经理", "伍师傅 陆经理")]
    [InlineData("收拾屋子 陆续到", "收拾屋子 陆续到")]
    [InlineData("伍天干完", "五天干完")]
    [InlineData("团圆饭 圆通快递", "团圆饭 圆通快递")]
    public void Rewrites_only_numbers(string text, string expected) => Assert.Equal(expected, FormalNumerals.ToCommon(text));

    [Theory]
    [InlineData("两百一天", "200 1天")]
    [InlineData("两千一个月", "2000 1个月")]
    [InlineData("一百一一天", "110 1天")]
    [InlineData("工资两百一", "工资210")]
    [InlineData("二十一天", "21天")]
    [InlineData("一天一百七八", "1天170≈180")]
    [InlineData("两万五六", "25000≈26000")]
    [InlineData("一百二一天", "120 1天")]
    public void The_one_after_a_round_amount_starts_per_day(string text, string expected) => Assert.Equal(expected, ChineseNumerals.ToDigits(text));

    [Theory]
    [InlineData("招木工 工资贰佰一天", 200, 200, "day")]
    [InlineData("小工 叁佰伍一天 东津", 350, 350, "day")]
    [InlineData("两佰一天 招小工两名", 200, 200, "day")]
    [InlineData("招小工 两百一天 管午饭", 200, 200, "day")]
    [InlineData("杂工 一天一百五 明天开工", 150, 150, "day")]
    [InlineData("保洁 月薪两千五 樊城 招2名", 2500, 2500, "month")]
    [InlineData("招保安 月薪贰仟捌佰元", 2800, 2800, "month")]
    [InlineData("日结贰佰圆 招杂工", 200, 200, "day")]
    [InlineData("招搬运 一天两百圆", 200, 200, "day")]
    [InlineData("司机 月薪七八千 招一名", 7000, 8000, "month")]
    [InlineData("招瓦工 一天三四百 看手艺", 300, 400, "day")]
    [InlineData("招瓦工 三四百一天", 300, 400, "day")]
    [InlineData("招普工 工资五六千 包吃住", 5000, 6000, "month")]
    [InlineData("瓦工一天肆佰 小工贰佰伍", 250, 400, "day")]
    [InlineData("装卸工 计件 一吨十五块 一天能挣两三百", 15, 15, "piece")]
    [InlineData("招小工 日薪贰佰伍拾元", 250, 250, "day")]
    [InlineData("招保安 工资叁仟元/月", 3000, 3000, "month")]
    [InlineData("招小工 一天一百七八", 170, 180, "day")]
    [InlineData("招小工 一天两百五六", 250, 260, "day")]
    [InlineData("招钟点工 一个小时二三十", 20, 30, "hour")]
    [InlineData("招工 工资壹万贰", 12000, 12000, "month")]
    public void Reads_pay_in_every_numeral(string text, double min, double max, string unit)
    {
        var r = Reader.Read(text, "wechat", Now);

        Assert.Equal(Intents.PostJob, r.Intent);
        Assert.Equal((decimal)min, r.PayMin);
        Assert.Equal((decimal)max, r.PayMax);
        Assert.Equal(unit, r.PayUnit);
    }

    [Theory]
    [InlineData("我们是搬家公司 长期招搬运工 一天能挣两三百")]
    [InlineData("要四五个人 干三四天")]
    public void An_estimate_of_earnings_or_of_people_is_no_pay(string text) => Assert.Null(Reader.Read(text, "wechat", Now).PayMin);

    [Fact]
    public void A_surname_written_with_a_formal_digit_stays_a_name()
    {
        var r = Reader.Read("伍师傅 招木工 一天三百", "wechat", Now);

        Assert.Equal("伍", r.Name);
        Assert.Equal(300, r.PayMin);
    }
}
