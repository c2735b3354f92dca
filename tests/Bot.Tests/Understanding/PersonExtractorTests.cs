using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PersonExtractorTests
{
    private static string? Name(string text) => NameExtractor.Extract(Normalizer.Normalize(text).Plain);

    private static int? Age(string text) => AgeExtractor.Extract(Normalizer.Normalize(text).Numeric);

    private static int? Heads(string text) => HeadcountExtractor.Extract(Normalizer.Normalize(text).Numeric);

    [Theory]
    [InlineData("联系王师傅 139 7102 4581", "王")]
    [InlineData("找李姐", "李")]
    [InlineData("物业 高经理", "高")]
    [InlineData("联系 胡工 150-7102-3390", "胡")]
    [InlineData("我姓孙 15871103364", "孙")]
    [InlineData("我姓欧阳 会做饭", "欧阳")]
    [InlineData("我叫张建国今年五十", "张建国")]
    [InlineData("我是李建国 59岁 电工", "李建国")]
    [InlineData("我是老王今年58岁", "王")]
    [InlineData("联系：小邓 15997103348", "邓")]
    [InlineData("联系人：曾 13986108876", "曾")]
    [InlineData("电话18607109982 李", "李")]
    public void Reads_names(string text, string name) => Assert.Equal(name, Name(text));

    [Theory]
    [InlineData("找两个刷墙师傅")]
    [InlineData("我是樊城的 会电焊")]
    [InlineData("我是保姆 做了8年")]
    [InlineData("要两个油漆工 一平米12块")]
    [InlineData("一斤3毛 小龙虾基地")]
    [InlineData("身高1米78")]
    [InlineData("老板说试用期不给工资")]
    public void No_name(string text) => Assert.Null(Name(text));

    [Theory]
    [InlineData("本人55岁 会开车", 55)]
    [InlineData("今年五十三会做小工", 53)]
    [InlineData("我今年六十一了", 61)]
    [InlineData("男56岁能吃苦", 56)]
    [InlineData("女 48岁 保洁", 48)]
    public void Reads_own_age(string text, int age) => Assert.Equal(age, Age(text));

    [Theory]
    [InlineData("要求18-50岁")]
    [InlineData("60岁以内身体好")]
    [InlineData("男的四十五岁以下")]
    [InlineData("家里老人85岁了")]
    [InlineData("我女儿今年22岁")]
    public void Not_own_age(string text) => Assert.Null(Age(text));

    [Theory]
    [InlineData("一共要5个人", 5)]
    [InlineData("招保安两名", 2)]
    [InlineData("瓦工2个 砌墙", 2)]
    [InlineData("电子厂流水线 200人", 200)]
    [InlineData("明早要俩小工", 2)]
    [InlineData("明天要个电工", 1)]
    [InlineData("找一位保洁阿姨", 1)]
    [InlineData("想请一个月嫂住家一个月八千八", 1)]
    [InlineData("东津一个工地缺两个架子工", 2)]
    public void Reads_headcount(string text, int heads) => Assert.Equal(heads, Heads(text));

    [Theory]
    [InlineData("要几个小工")]
    [InlineData("招普工若干")]
    [InlineData("要四五个人")]
    [InlineData("干了两个月 一个小时30")]
    public void No_headcount(string text) => Assert.Null(Heads(text));
}
