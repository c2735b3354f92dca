using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData("电话：１３９１２３４５６７８", "电话:13912345678")]
    [InlineData("招工！！　明天", "招工!! 明天")]
    [InlineData("①号楼 ②单元", "1 号楼 2 单元")]
    [InlineData("👉普工📞电话", "普工 电话")]
    [InlineData("  多个   空格\n换行 ", "多个 空格 换行")]
    [InlineData("会娃工 也会电汗", "会瓦工 也会电焊")]
    [InlineData("能搞小公 保结也行", "能搞小工 保洁也行")]
    [InlineData("小公司招人", "小公司招人")]
    public void Cleans_width_symbols_and_typos(string input, string plain) => Assert.Equal(plain, Normalizer.Normalize(input).Plain);

    [Fact]
    public void Empty_and_null_are_empty() => Assert.Equal(string.Empty, Normalizer.Normalize(null).Plain);

    [Fact]
    public void Caps_very_long_input()
    {
        var n = Normalizer.Normalize(new string('工', 50_000));
        Assert.Equal(Normalizer.MaxLength, n.Plain.Length);
    }
}
