using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class MessageReaderTests
{
    private static readonly MessageReader Reader = new();

    // Thursday morning, China time.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Worker_offer_from_the_issue()
    {
        var r = Reader.Read("明天有空 会瓦工 住七里河 一天两百", "sms", Now);
        Assert.Equal(Intents.OfferWork, r.Intent);
        Assert.Equal(["bricklayer"], r.Skills);
        Assert.Equal("2026-11-27", r.Date);
        Assert.Equal("七里河", r.Place);
        Assert.Equal("gaoxin", r.District);
        Assert.Equal((200m, 200m, "day"), (r.PayMin, r.PayMax, r.PayUnit));
        Assert.Null(r.Headcount);
        Assert.NotNull(r.Lng);
    }

    [Fact]
    public void Foreman_post_from_the_issue()
    {
        var r = Reader.Read("明早7点檀溪路工地要俩小工 180一天 电话139 1234 5678", "sms", Now);
        Assert.Equal(Intents.PostJob, r.Intent);
        Assert.Equal(["construction_helper"], r.Skills);
        Assert.Equal(2, r.Headcount);
        Assert.Equal(("2026-11-27", "07:00"), (r.Date, r.Time));
        Assert.Equal(("檀溪路", "xiangcheng"), (r.Place, r.District));
        Assert.Equal("13912345678", r.Phone);
        Assert.Equal((180m, 180m, "day"), (r.PayMin, r.PayMax, r.PayUnit));
    }

    [Fact]
    public void Voice_text_with_spoken_numbers()
    {
        var r = Reader.Read("喂你好我是南漳武安的会砌墙贴砖后天就有空一天三百块钱电话幺八七七幺零三六六二零", "voice", Now);
        Assert.Equal(Intents.OfferWork, r.Intent);
        Assert.Equal("18771036620", r.Phone);
        Assert.Equal(300m, r.PayMin);
        Assert.Equal("2026-11-28", r.Date);
        Assert.Equal("nanzhang", r.District);
    }

    [Fact]
    public void Job_board_post_from_elsewhere()
    {
        var r = Reader.Read("【急招】东莞长安镇五金厂 操作工20人 时薪22元 男女不限 联系电话：138 0013 8000 李主管", "wechat", Now);
        Assert.Equal(Intents.PostJob, r.Intent);
        Assert.Equal(["factory"], r.Skills);
        Assert.Equal(20, r.Headcount);
        Assert.Equal((22m, "hour"), (r.PayMin, r.PayUnit));
        Assert.Null(r.District);
        Assert.Contains("长安镇", r.Place);
        Assert.Equal("李", r.Name);
    }

    [Fact]
    public void Rights_question_keeps_the_skill_but_not_amounts()
    {
        var r = Reader.Read("在宜城饭店当服务员 老板扣了我半个月工资 两千块", "sms", Now);
        Assert.Equal(Intents.ConsultRights, r.Intent);
        Assert.Equal(["waiter"], r.Skills);
        Assert.Null(r.PayMin);
        Assert.Equal("yicheng", r.District);
    }

    [Fact]
    public void Numbers_that_are_none_of_the_fields_are_left_alone()
    {
        var r = Reader.Read("5号楼18层 刷墙 2019年的房子 120平 要2个人", "wechat", Now);
        Assert.Equal(2, r.Headcount);
        Assert.Null(r.PayMin);
        Assert.Null(r.Phone);
        Assert.Null(r.Age);
        Assert.Null(r.Time);
    }
}
