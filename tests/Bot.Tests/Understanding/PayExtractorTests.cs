using System.Globalization;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PayExtractorTests
{
    private static PayReading? Pay(string text) => PayExtractor.Extract(Normalizer.Normalize(text).Numeric);

    [Theory]
    [InlineData("明早7点要俩小工 180一天", "180", "180", "day")]
    [InlineData("一天两百五 日结", "250", "250", "day")]
    [InlineData("日薪180-220元", "180", "220", "day")]
    [InlineData("一天二百五以上", "250", null, "day")]
    [InlineData("时薪22元 两班倒", "22", "22", "hour")]
    [InlineData("一个小时三十块", "30", "30", "hour")]
    [InlineData("月薪4500-6500 包住", "4500", "6500", "month")]
    [InlineData("4500一个月", "4500", "4500", "month")]
    [InlineData("月薪五千以上", "5000", null, "month")]
    [InlineData("月薪5000+", "5000", null, "month")]
    [InlineData("综合工资6-8k", "6000", "8000", "month")]
    [InlineData("底薪3000+提成", "3000", null, "month")]
    [InlineData("一平米38元", "38", "38", "piece")]
    [InlineData("按斤算 一斤3毛", "0.3", "0.3", "piece")]
    [InlineData("计件 一千块砖12元", "12", "12", "piece")]
    [InlineData("12元/平方", "12", "12", "piece")]
    [InlineData("新房开荒 120平 包干价600", "600", "600", "job")]
    [InlineData("一个人三百包干", "300", "300", "job")]
    [InlineData("今晚装车 200一晚上", "200", "200", "day")]
    [InlineData("一天两百 不对 两百二", "220", "220", "day")]
    [InlineData("按筐算一筐8块 手快一天两三百", "8", "8", "piece")]
    public void Reads_pay(string text, string min, string? max, string unit)
    {
        var pay = Pay(text);
        Assert.NotNull(pay);
        Assert.Equal(decimal.Parse(min, CultureInfo.InvariantCulture), pay.Value.Min);
        Assert.Equal(max is null ? null : decimal.Parse(max, CultureInfo.InvariantCulture), pay.Value.Max);
        Assert.Equal(unit, pay.Value.Unit);
    }

    [Theory]
    [InlineData("包吃住 管两顿饭")]
    [InlineData("大概100个平方 三室两厅")]
    [InlineData("要5个人 明天7点")]
    [InlineData("押金500不退")]
    [InlineData("中介收了300介绍费")]
    [InlineData("干到腊月二十 年底结")]
    [InlineData("手快一天两三百")]
    [InlineData("求日结")]
    public void Not_pay(string text) => Assert.Null(Pay(text));
}
