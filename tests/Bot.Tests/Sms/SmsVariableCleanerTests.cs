using ZeroWork.Bot.Sms.Templates;

namespace ZeroWork.Bot.Tests.Sms;

public sealed class SmsVariableCleanerTests
{
    [Theory]
    [InlineData("详情见 https://example.com/a?b=1 明天", "详情见 明天")]
    [InlineData("点 http://t.cn/xyz 查看", "点 查看")]
    [InlineData("www.example.org 有活", "有活")]
    [InlineData("看 dwz.cn/abc 吧", "看 吧")]
    [InlineData("【腾讯云】验证", "[腾讯云]验证")]
    [InlineData("工资{1}元", "工资1元")]
    [InlineData("￥200★※", "200")]
    [InlineData("第一行\n第二行\t\t第三", "第一行 第二行 第三")]
    [InlineData("好的👍", "好的")]
    [InlineData("  瓦工  ", "瓦工")]
    public void Removes_what_breaks_a_template(string input, string expected) =>
        Assert.Equal(expected, SmsVariableCleaner.Clean(input));

    [Fact]
    public void Keeps_phone_numbers_and_ordinary_punctuation() =>
        Assert.Equal("联系王师傅，电话13800138000。", SmsVariableCleaner.Clean("联系王师傅，电话13800138000。"));

    [Fact]
    public void Trims_to_the_length_limit_with_an_ellipsis()
    {
        Assert.Equal("明天檀溪路要两个小…", SmsVariableCleaner.Clean("明天檀溪路要两个小工一天一百八", 10));
        Assert.Equal("瓦工", SmsVariableCleaner.Clean("瓦工", 6));
        Assert.Equal("明天七点", SmsVariableCleaner.Clean("明天七点", 0));
    }

    [Fact]
    public void Detects_urls() => Assert.True(SmsVariableCleaner.ContainsUrl("见 HTTPS://A.CN"));
}
