using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PlaceExtractorTests
{
    private static PlaceReading? Place(string text) => PlaceExtractor.Extract(Normalizer.Normalize(text).Plain);

    [Theory]
    [InlineData("住七里河 一天两百", "七里河", "gaoxin")]
    [InlineData("樊城区七里河街道", "七里河街道", "gaoxin")]
    [InlineData("襄城区檀溪路工地", "檀溪路", "xiangcheng")]
    [InlineData("太平店镇上 清渣", "太平店镇", "fancheng")]
    [InlineData("襄州双沟 卸化肥", "双沟", "xiangzhou")]
    [InlineData("东津镇 修路", "东津镇", "dongjin")]
    [InlineData("高新区团山", "团山", "gaoxin")]
    [InlineData("谷城城关有没有活", "城关", "gucheng")]
    [InlineData("南漳城关镇 服装厂", "城关镇", "nanzhang")]
    [InlineData("枣阳城区 绿化", "枣阳城区", "zaoyang")]
    [InlineData("在樊城清河口小区", "清河口小区", "fancheng")]
    [InlineData("襄阳火车站附近卸货", "襄阳火车站", "fancheng")]
    [InlineData("古隆中景区 保洁", "古隆中景区", "xiangcheng")]
    [InlineData("樊城有冇得搬运的活", "樊城", "fancheng")]
    [InlineData("在武汉干了多年 现在回樊城太平店了", "太平店", "fancheng")]
    public void Resolves_Xiangyang_places(string text, string place, string district)
    {
        var p = Place(text);
        Assert.NotNull(p);
        Assert.Equal(place, p.Place);
        Assert.Equal(district, p.District);
        Assert.NotNull(p.Point);
    }

    [Theory]
    [InlineData("十堰张湾区 工地", "张湾区")]
    [InlineData("武汉汉口 要木工", "汉口")]
    [InlineData("武汉光谷 招普工", "光谷")]
    [InlineData("地址：深圳市宝安区 电子厂", "深圳市宝安区")]
    [InlineData("杭州萧山 工地招木工", "杭州萧山")]
    [InlineData("东莞厚街 鞋厂招车位工", "东莞厚街")]
    [InlineData("成都双流机场 保洁", "成都双流机场")]
    public void Places_elsewhere_have_no_district(string text, string place)
    {
        var p = Place(text);
        Assert.NotNull(p);
        Assert.Equal(place, p.Place);
        Assert.Null(p.District);
    }

    [Theory]
    [InlineData("流水线普工 两班倒")]
    [InlineData("生意兴隆 招服务员")]
    [InlineData("明天有空 一天两百")]
    public void Ordinary_words_are_not_places(string text) => Assert.Null(Place(text));
}
