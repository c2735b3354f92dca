using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Who is speaking on a board: a worker or a team offering labour, someone who needs labour, or neither.</summary>
public sealed class SpeakerTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private static Reading Read(string text) => Reader.Read(text, "wechat", Now);

    [Theory]
    [InlineData("本人瓦工 手艺好 贴砖砌墙都行 襄州附近有活联系 13900001111")]
    [InlineData("我们夫妻俩 男的会开叉车 女的能做保洁 找个包吃住的厂")]
    [InlineData("夫妻档 男开叉车 女做仓管 找一家包住的物流公司")]
    [InlineData("木工班组15人 承接高层支模 价格合理 张工13900002222")]
    [InlineData("钢筋突击队 30人随时进场 有活的老板联系")]
    [InlineData("现有钢筋工20人 寻找工地 可包可点工")]
    [InlineData("手上有10个小工 哪个老板需要 随时可以进场")]
    [InlineData("木工师傅三人 求工地 点工包工都可以")]
    [InlineData("我们三个人 都是老泥工 找长期的活 包吃住最好")]
    [InlineData("出租劳力 两个壮劳力 搬运装卸 一天三百")]
    [InlineData("木工 支模 一个人 在东津 哪里需要")]
    [InlineData("专业水电安装 可上门 十年经验 电话15800003333")]
    [InlineData("架子工一队 12人 有证 需要的联系")]
    [InlineData("本队现有油漆工15人 寻外墙涂料工程")]
    [InlineData("我方有焊工10名 可外派 长期合作")]
    [InlineData("本班组承接 砌体 抹灰 二次结构 人员20名")]
    [InlineData("小工 三个人 明天有空 一人一天两百")]
    [InlineData("女 38 想进厂 包吃住就行")]
    [InlineData("本人退休电工 想找点零活 维修水电")]
    [InlineData("【找活】木工班组 10人\n可做：高层 别墅 厂房\n方式：包工 点工都行\n联系：周班长 15800003322")]
    public void A_worker_or_a_team_offering_labour_is_an_offer_and_states_no_headcount(string text)
    {
        var r = Read(text);

        Assert.Equal(Intents.OfferWork, r.Intent);
        Assert.Null(r.Headcount);
    }

    [Theory]
    [InlineData("急需瓦工两个 明天上午到 老河口", 2)]
    [InlineData("诚聘厨师一名 月薪6000 包吃住", 1)]
    [InlineData("用工 打包工10名 计件 长白班", 10)]
    [InlineData("班组直招 钢筋工10名 一天400 小工5名 一天230 长期有活", 15)]
    [InlineData("劳务公司 长期承接工程 现招木工10名 钢筋工5名 一天380到420", 15)]
    [InlineData("本人在樊城开了个饭店 招服务员两名 洗碗一名", 3)]
    [InlineData("有没有会修空调的师傅 家里空调坏了", null)]
    [InlineData("①电焊工 5名 6000-8000/月\n②打磨工 5名 5000-6000/月\n③叉车工 1名 5500/月", 11)]
    public void Someone_who_needs_labour_posts_a_job(string text, int? heads)
    {
        var r = Read(text);

        Assert.Equal(Intents.PostJob, r.Intent);
        Assert.Equal(heads, r.Headcount);
    }

    [Theory]
    [InlineData("车找货 9米6 襄阳回武汉 有货的联系13900005555")]
    [InlineData("4米2厢货 回程车 到谷城 找货")]
    [InlineData("高价回收废铁 电缆 旧空调 上门收 13900006666")]
    [InlineData("专业收购废旧钢筋 模板 脚手架")]
    [InlineData("水泥 沙子 砖 送货上门 电话13900003456")]
    [InlineData("驾校招生 包过 学费优惠")]
    [InlineData("小额贷款 当天放款 无抵押")]
    [InlineData("群里有没有老乡")]
    [InlineData("今天群里好热闹")]
    [InlineData("早上好 各位老板")]
    [InlineData("诚招合作伙伴 加盟 零投资")]
    public void Freight_goods_adverts_and_chatter_are_other(string text) => Assert.Equal(Intents.Other, Read(text).Intent);

    [Theory]
    [InlineData("老板欠了我们钢筋班组三个月工资怎么办", "rebar")]
    [InlineData("招工的时候说好一天三百 干完只给两百 怎么办", null)]
    [InlineData("在工地做小工 从架子上摔下来 老板不给看病", "construction_helper")]
    [InlineData("我是电焊工 干活的时候眼睛被弄伤了 谁负责", "welder")]
    [InlineData("叉车工 被扣了500块 说是罚款", "forklift")]
    public void A_grievance_stays_a_rights_question_whatever_trade_or_hiring_it_names(string text, string? skill)
    {
        var r = Read(text);

        Assert.Equal(Intents.ConsultRights, r.Intent);
        if (skill is not null)
        {
            Assert.Contains(skill, r.Skills);
        }
    }

    [Theory]
    [InlineData("在工地当小工有没有工伤保险")]
    [InlineData("我是做保洁的 灵活就业社保怎么交")]
    public void A_question_about_cover_is_policy_even_with_a_trade(string text) => Assert.Equal(Intents.ConsultPolicy, Read(text).Intent);

    [Theory]
    [InlineData("1 明天早上到")]
    [InlineData("1 我2点前到")]
    public void A_reply_key_with_words_still_accepts(string text) => Assert.Equal(Intents.Accept, Read(text).Intent);
}
