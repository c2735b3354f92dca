using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PlaceExtractorTests
{
    private static PlaceReading? Place(string text) => PlaceExtractor.Extract(Normalizer.Normalize(text).Plain);

    private static void AssertReads(string text, string place, string district)
    {
        var p = Place(text);
        Assert.NotNull(p);
        Assert.Equal(place, p.Place);
        Assert.Equal(district, p.District);
        Assert.NotNull(p.Point);
    }

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
    public void Resolves_Xiangyang_places(string text, string place, string district) => AssertReads(text, place, district);

    [Theory]
    [InlineData("襄城樊城均可上门 疏通下水道", "襄城", "xiangcheng")]
    [InlineData("泥瓦工班组 襄城 樊城 都接", "襄城", "xiangcheng")]
    [InlineData("襄阳东站 高铁站 招保安", "襄阳东站", "dongjin")]
    [InlineData("襄城古城北街 门卫", "北街", "xiangcheng")]
    [InlineData("老河口光化 商场招保安", "光化", "laohekou")]
    [InlineData("住东津 会开挖机", "东津", "dongjin")]
    public void Of_several_names_the_most_specific_and_then_the_first_counts(string text, string place, string district)
    {
        var p = Place(text);
        Assert.Equal(place, p?.Place);
        Assert.Equal(district, p?.District);
    }

    [Fact]
    public void A_county_name_that_is_also_its_town_means_the_town()
    {
        Assert.Equal(Gazetteer.Xiangyang.Find("东津镇")!.Point, Place("住东津 会开挖机")?.Point);
        Assert.Equal(Gazetteer.Xiangyang.Find("光化街道")!.Point, Place("老河口光化 商场")?.Point);
    }

    [Theory]
    [InlineData("会电焊 想在襄阳附近找 一天400以上", "襄阳")]
    [InlineData("襄阳三区上门 开荒保洁", "襄阳三区")]
    [InlineData("拆除队 襄阳市区都接", "襄阳市区")]
    [InlineData("我是四川人 在襄阳打工 最低工资多少", "襄阳")]
    public void The_city_alone_is_kept_as_written_without_a_district(string text, string place)
    {
        var p = Place(text);
        Assert.Equal(place, p?.Place);
        Assert.Null(p?.District);
        Assert.Null(p?.Point);
    }

    [Theory]
    [InlineData("夫妻两人找活 可去外地")]
    [InlineData("这个活去不了 人在外地")]
    [InlineData("过完年了 想去外地打工")]
    public void Elsewhere_in_general_is_no_place(string text) => Assert.Null(Place(text));

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
    [InlineData("在流水线上干过三年 找个长白班")]
    [InlineData("生意兴隆的饭店 招服务员")]
    [InlineData("想去太平洋那边打工")]
    [InlineData("家里小河边种了点菜 明天有空")]
    public void Ordinary_words_are_not_places(string text) => Assert.Null(Place(text));

    [Theory]
    [InlineData("明天有空 会小工 住卧龙", "卧龙", "xiangcheng")]
    [InlineData("家在古城 做保洁", "古城", "xiangcheng")]
    [InlineData("住 石桥 会开铲车", "石桥", "xiangzhou")]
    [InlineData("明天去黄龙干活 要两个人", "黄龙", "xiangzhou")]
    [InlineData("我在太平 会电焊", "太平", "zaoyang")]
    [InlineData("回新市了 找点零活", "新市", "zaoyang")]
    [InlineData("兴隆这边有没有活", "兴隆", "zaoyang")]
    [InlineData("小河附近 收稻子", "小河", "yicheng")]
    [InlineData("住流水 会瓦工", "流水", "yicheng")]
    [InlineData("住张集 会木工", "张集", "laohekou")]
    [InlineData("住李楼", "李楼", "laohekou")]
    [InlineData("紫金的 会砌墙", "紫金", "gucheng")]
    [InlineData("到马良 修路", "马良", "baokang")]
    [InlineData("住南城 做钟点工", "南城", "zaoyang")]
    [InlineData("住环城", "环城", "zaoyang")]
    [InlineData("家住汉江 50岁", "汉江", "fancheng")]
    [InlineData("住龙王 会开收割机", "龙王", "xiangzhou")]
    public void Short_names_that_are_also_words_count_after_a_cue(string text, string place, string district) => AssertReads(text, place, district);

    [Theory]
    [InlineData("卧龙 小工 明天有空", "卧龙", "xiangcheng")]
    [InlineData("明天有空,石桥,会瓦工", "石桥", "xiangzhou")]
    public void A_short_name_standing_alone_counts_when_nothing_else_is_a_place(string text, string place, string district)
    {
        var p = Place(text);
        Assert.Equal(place, p?.Place);
        Assert.Equal(district, p?.District);
    }

    [Fact]
    public void A_standalone_short_name_yields_to_a_real_place()
    {
        var p = Place("卧龙 小工 樊城太平店干活");
        Assert.Equal("太平店", p?.Place);
    }

    [Theory]
    [InlineData("住城关 会瓦工", "城关", new[] { "baokang", "gucheng", "nanzhang" })]
    [InlineData("住板桥 会木工", "板桥", new[] { "nanzhang", "yicheng" })]
    public void A_shared_name_without_a_county_lists_its_options(string text, string place, string[] districts)
    {
        var p = Place(text);
        Assert.NotNull(p);
        Assert.Equal(place, p.Place);
        Assert.Null(p.District);
        Assert.Null(p.Point);
        Assert.Equal(districts, p.Options.Select(o => o.District).Distinct().Order());
    }

    [Theory]
    [InlineData("南漳板桥 会木工", "nanzhang")]
    [InlineData("宜城板桥 收稻子", "yicheng")]
    [InlineData("保康 住城关", "baokang")]
    public void A_shared_name_takes_the_county_the_message_names(string text, string district)
    {
        var p = Place(text);
        Assert.Equal(district, p?.District);
        Assert.Empty(p!.Options);
    }

    [Fact]
    public void Villages_and_communities_resolve_to_their_township_approximately()
    {
        var p = Place("住老河口薛集镇韩营村 会瓦工");
        Assert.NotNull(p);
        Assert.Equal("韩营村", p.Place);
        Assert.Equal("laohekou", p.District);
        Assert.True(p.Approximate);
        Assert.Equal(Gazetteer.Xiangyang.Find("薛集镇")!.Point, p.Point);
    }

    [Fact]
    public void A_village_name_several_townships_share_takes_the_township_named()
    {
        var shared = Gazetteer.Xiangyang.Places
            .Where(p => p.Kind == PlaceKind.Village)
            .GroupBy(p => p.Name)
            .First(g => g.Select(p => p.District).Distinct().Count() > 1)
            .ToList();
        var pick = shared[^1];
        var township = Gazetteer.Xiangyang.Places.First(p => p.Kind == PlaceKind.Township && p.Name == pick.Township && p.District == pick.District);

        var p = Place($"住{township.Name}{pick.Name}");
        Assert.Equal(pick.District, p?.District);
        Assert.Equal(pick.Point, p?.Point);
        Assert.Null(Place($"住{pick.Name}")?.District);
    }
}
