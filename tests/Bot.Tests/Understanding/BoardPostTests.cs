using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Readings of messages shaped like public job-board posts: long, multi-line, several trades, contacts with titles.</summary>
public sealed class BoardPostTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 9, 14, 8, 30, 0, TimeSpan.FromHours(8));

    private static Reading Read(string text) => Reader.Read(text, "wechat", Now);

    [Fact]
    public void Several_trades_add_their_counts_and_span_their_pays()
    {
        var r = Read("【长期招工】物流园新仓库\n木工5名 一天三百八\n电工2名 一天四百\n杂工6名 一天两百三\n早上七点到下午五点半 中午管饭\n联系人：秦经理 13907107788");

        Assert.Equal(Intents.PostJob, r.Intent);
        Assert.Equal(["carpenter", "construction_helper", "electrician"], r.Skills);
        Assert.Equal(13, r.Headcount);
        Assert.Equal(230, r.PayMin);
        Assert.Equal(400, r.PayMax);
        Assert.Equal("day", r.PayUnit);
        Assert.Equal("07:00", r.Time);
        Assert.Equal("秦", r.Name);
    }

    [Fact]
    public void A_trade_wanted_in_no_stated_number_leaves_the_total_unknown() =>
        Assert.Null(Read("厂房钢结构 焊工3名 一天420 架子工2名 一天380 小工若干 一天220 电话15607101234").Headcount);

    [Fact]
    public void A_stated_total_is_not_added_to_its_parts() =>
        Assert.Equal(5, Read("明天要5个人 瓦工3个 小工2个 城关 一天三百").Headcount);

    [Fact]
    public void A_rate_per_person_is_not_a_head() =>
        Assert.Equal(2, Read("下午要两个人卸车 一个人一百五 干完就走").Headcount);

    [Theory]
    [InlineData("油漆工 一天三百五 架子工 一天三百 小区外墙", 300, 350, "day")]
    [InlineData("招保洁2名 保安1名 保洁2300 保安2600 商场", 2300, 2600, "month")]
    [InlineData("帮忙掰玉米 男一天一百八 女一天一百五", 150, 180, "day")]
    [InlineData("一个人两百 帮亲戚搬家 干完就走", 200, 200, "job")]
    [InlineData("门面翻新 包工 整套6000 找师傅", 6000, 6000, "job")]
    [InlineData("修一下水龙头 要个师傅 给150 电话13507102345", 150, 150, "job")]
    [InlineData("摘花椒 一斤两块五 管午饭", 2.5, 2.5, "piece")]
    [InlineData("招装卸 按吨算 一吨12块 多劳多得", 12, 12, "piece")]
    [InlineData("小区开荒 一套400 要4个人", 400, 400, "piece")]
    [InlineData("拉土方 一车90", 90, 90, "piece")]
    public void Pay_on_board_posts(string text, double min, double max, string unit)
    {
        var r = Read(text);

        Assert.Equal((decimal)min, r.PayMin);
        Assert.Equal((decimal)max, r.PayMax);
        Assert.Equal(unit, r.PayUnit);
    }

    [Theory]
    [InlineData("刷墙活 包工 价格面议 有团队的联系", "job")]
    [InlineData("木工班组 支模 按平米包 电话13600001234", "piece")]
    public void How_pay_is_counted_without_an_amount(string text, string unit)
    {
        var r = Read(text);

        Assert.Null(r.PayMin);
        Assert.Equal(unit, r.PayUnit);
    }

    [Fact]
    public void Building_and_materials_together_are_not_a_unit() =>
        Assert.Null(Read("我们泥瓦班组 包工包料都行 电话13100002233").PayUnit);

    [Theory]
    [InlineData("联系人：高站长 13300001111", "高")]
    [InlineData("电话18900002222 周厂长", "周")]
    [InlineData("有意者找 何园长", "何")]
    [InlineData("工地招小工 联系张工", "张")]
    [InlineData("各位老板 明天有活的说一声", null)]
    [InlineData("我家有3亩地 想找人种小麦", null)]
    [InlineData("装卸 一天200 有意的打电话 15500003333 老包", "包")]
    public void Names_from_titles_and_contacts(string text, string? name) => Assert.Equal(name, Read(text).Name);

    [Theory]
    [InlineData("明天有空 小工 樊城 女 52 13100004444", 52)]
    [InlineData("本人 男 47 瓦工 一天三百", 47)]
    [InlineData("夫妻俩找活 男56女54 身体都好", null)]
    public void Sex_and_age_in_a_worker_s_message(string text, int? age) => Assert.Equal(age, Read(text).Age);

    [Theory]
    [InlineData("今天没空 明天能干 小工 一天两百", "2026-09-15")]
    [InlineData("今明两天 收花生 要6个人", "2026-09-14")]
    [InlineData("现在还有要人的吗 我在城关 下午就能去", "2026-09-14")]
    [InlineData("奶茶店 周末兼职 时薪15", null)]
    [InlineData("当天结算 装卸 一件两毛", null)]
    public void Start_dates_on_board_posts(string text, string? date) => Assert.Equal(date, Read(text).Date);
}
