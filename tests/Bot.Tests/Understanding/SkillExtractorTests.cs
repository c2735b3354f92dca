using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class SkillExtractorTests
{
    [Theory]
    [InlineData("会瓦工 也会贴瓷砖", "bricklayer")]
    [InlineData("支模板 木工活", "carpenter")]
    [InlineData("绑钢筋的师傅", "rebar")]
    [InlineData("搭脚手架", "scaffolder")]
    [InlineData("水电安装 布线", "electrician")]
    [InlineData("装暖气 地暖", "plumber")]
    [InlineData("二保焊 氩弧焊都会", "welder")]
    [InlineData("刮大白 刷乳胶漆", "painter")]
    [InlineData("开荒保洁 擦玻璃", "cleaner")]
    [InlineData("伺候老人 陪床", "caregiver")]
    [InlineData("带小孩 育婴师证", "nanny")]
    [InlineData("饭店切配 打荷", "cook")]
    [InlineData("快递仓库打包分拣", "sorter")]
    [InlineData("送外卖 跑腿", "courier")]
    [InlineData("会开叉车", "forklift")]
    [InlineData("看大门 值守", "security")]
    [InlineData("种树 修剪绿化带", "gardener")]
    [InlineData("摘桃子 掰玉米", "farmhand")]
    [InlineData("锁边 缝纫", "sewing")]
    [InlineData("电子厂流水线", "factory")]
    [InlineData("上门修冰箱", "repair")]
    [InlineData("超市促销 发传单", "promoter")]
    [InlineData("力工 打杂 清渣", "construction_helper")]
    [InlineData("卸一车化肥", "porter")]
    [InlineData("搬家 两室一厅", "mover")]
    [InlineData("招会计一名", "other")]
    public void Reads_one_skill(string text, string code) => Assert.Equal([code], SkillExtractor.Extract(Normalizer.Normalize(text).Plain));

    [Fact]
    public void Several_skills_come_sorted_and_unique() =>
        Assert.Equal(["dishwasher", "waiter"], SkillExtractor.Extract("端菜 洗碗 传菜 洗碗"));

    [Fact]
    public void A_post_for_a_trade_on_a_renovation_wants_the_trade() =>
        Assert.Equal(["electrician"], SkillExtractor.ForPost(SkillExtractor.Extract("我是搞装修的 要个水电工")));

    [Fact]
    public void A_worker_naming_renovation_beside_a_trade_offers_both() =>
        Assert.Equal(["carpenter", "renovation"], SkillExtractor.Extract("会木工 也会装修 做过吊顶"));

    [Theory]
    [InlineData("男的会开车 女的会做饭 想去工地食堂", "cook")]
    [InlineData("找个住家保姆 会做饭 照顾孩子", "housekeeper")]
    public void Cooking_is_a_cook_outside_a_household(string text, string code) => Assert.Contains(code, SkillExtractor.Extract(text));

    [Theory]
    [InlineData("桥梁项目 招普工8名", "construction_helper")]
    [InlineData("电子厂 招普工8名", "factory")]
    [InlineData("会开装载机 压路机", "driver")]
    [InlineData("看厂护院 包住就行", "security")]
    [InlineData("苗圃 移栽 剪枝", "gardener")]
    [InlineData("超市招收银员", "other")]
    public void Board_trade_words(string text, string code) => Assert.Contains(code, SkillExtractor.Extract(text));

    [Fact]
    public void Renovation_alone_stays() => Assert.Equal(["renovation"], SkillExtractor.Extract("门面装修 拆旧 打孔"));

    [Fact]
    public void A_factory_guard_is_a_guard() => Assert.Equal(["security"], SkillExtractor.Extract("工厂招保安两名"));

    [Theory]
    [InlineData("包吃住 月薪4000")]
    [InlineData("养老保险怎么交")]
    [InlineData("在工地上摔了 老板不管")]
    [InlineData("")]
    public void Names_no_skill(string text) => Assert.Empty(SkillExtractor.Extract(text));
}
