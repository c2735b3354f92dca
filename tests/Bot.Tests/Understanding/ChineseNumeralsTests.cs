using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一天一百八", "1天180")]
    [InlineData("两百五一天", "250 1天")]
    [InlineData("工资三百五一天", "工资350 1天")]
    [InlineData("二百块", "200块")]
    [InlineData("月薪一千二", "月薪1200")]
    [InlineData("做了十五年", "做了15年")]
    [InlineData("今年五十三", "今年53")]
    [InlineData("一百零五块", "105块")]
    [InlineData("一个月八千八", "1个月8800")]
    [InlineData("一万二一个月", "12000 1个月")]
    [InlineData("要俩小工", "要2个小工")]
    [InlineData("仨人", "3个人")]
    [InlineData("电话一八九七一零二六六一八", "电话18971026618")]
    [InlineData("幺三五幺二三四五六七八", "13512345678")]
    [InlineData("手快一天两三百", "手快1天200≈300")]
    [InlineData("要四五个人", "要4≈5个人")]
    [InlineData("月薪5千", "月薪5000")]
    [InlineData("月薪1万2", "月薪12000")]
    [InlineData("综合工资6-8k", "综合工资6000-8000")]
    [InlineData("1.2万一个月", "12000 1个月")]
    [InlineData("下午两点半", "下午2点半")]
    public void Converts_numbers(string input, string expected) => Assert.Equal(expected, ChineseNumerals.ToDigits(input));

    [Theory]
    [InlineData("一起干")]
    [InlineData("下周一开始")]
    [InlineData("星期二有空")]
    [InlineData("十堰张湾")]
    [InlineData("七里河 五山镇 七方")]
    [InlineData("万达广场")]
    [InlineData("千万别来")]
    [InlineData("早一点到")]
    public void Leaves_words_and_names_alone(string input) => Assert.Equal(input, ChineseNumerals.ToDigits(input));
}
