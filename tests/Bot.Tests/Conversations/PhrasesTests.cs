using ZeroWork.Bot.Conversations;

namespace ZeroWork.Bot.Tests.Conversations;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("夜班不 几点到几点")]
    [InlineData("包吃吗")]
    [InlineData("管不管饭")]
    [InlineData("去不去都行？")]
    [InlineData("在哪里")]
    [InlineData("一天多少钱")]
    [InlineData("几个人接了")]
    public void Questions_are_questions(string text) => Assert.True(Phrases.IsQuestion(text));

    [Theory]
    [InlineData("1")]
    [InlineData("不去")]
    [InlineData("明天去不了了")]
    [InlineData("会瓦工 住七里河")]
    [InlineData("好的")]
    public void Answers_and_statements_are_not_questions(string text) => Assert.False(Phrases.IsQuestion(text));

    [Theory]
    [InlineData("确认。")]
    [InlineData("确认发布")]
    [InlineData("好的 发吧")]
    [InlineData("可以，没问题")]
    [InlineData("1")]
    [InlineData("OK")]
    public void Yes_however_written(string text) => Assert.True(Phrases.IsYes(text));

    [Theory]
    [InlineData("不发了")]
    [InlineData("改成3个人")]
    [InlineData("好的 改一下")]
    [InlineData("")]
    [InlineData("2")]
    public void Not_a_yes(string text) => Assert.False(Phrases.IsYes(text));

    [Theory]
    [InlineData("取消")]
    [InlineData("搞错了 取消")]
    [InlineData("算了")]
    [InlineData("发错了")]
    [InlineData("不是")]
    [InlineData("0")]
    public void Ways_out(string text) => Assert.True(Phrases.IsCancel(text));

    [Theory]
    [InlineData("上次卸货的钱老板还没给")]
    [InlineData("工钱没结")]
    [InlineData("老板拖欠工资")]
    [InlineData("还是没给钱")]
    public void Wage_complaints(string text) => Assert.True(Phrases.IsWageComplaint(text));

    [Fact]
    public void Which_one_is_picked_by_number_or_post_id()
    {
        Assert.Equal(2, Phrases.Pick("2"));
        Assert.Equal(2, Phrases.Pick("第2个"));
        Assert.Null(Phrases.Pick("改成3个人"));
        Assert.Equal(12, Phrases.PostNumber("编号12 工钱改成200"));
        Assert.Equal(12, Phrases.PostNumber("12号招工招满了"));
    }

    [Fact]
    public void Meals_shift_pay_day_and_how_the_contact_is_called()
    {
        const string text = "明天檀溪路要2个小工 夜班 管饭 当天结账 联系李姐";

        Assert.Equal("管饭", PostDetails.Meals(text));
        Assert.Equal("夜班", PostDetails.Shift(text));
        Assert.Equal("当天结账", PostDetails.PayDay(text));
        Assert.Equal("李姐", PostDetails.Addressed(text, "李"));
        Assert.Equal("王", PostDetails.Addressed("姓王", "王"));
    }
}
