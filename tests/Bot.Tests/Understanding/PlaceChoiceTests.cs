using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PlaceChoiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(8));

    private static Reading Read(string text) => new MessageReader().Read(text, "sms", Now);

    [Fact]
    public void An_earlier_district_settles_a_shared_name()
    {
        var reading = Read("明天有空 住城关 会瓦工");
        Assert.True(PlaceChoice.IsAmbiguous(reading));

        var settled = PlaceChoice.Settle(reading, "gucheng");
        Assert.False(PlaceChoice.IsAmbiguous(settled));
        Assert.Equal("gucheng", settled.District);
        Assert.Equal(Read("谷城城关").Lng, settled.Lng);
        Assert.Equal("offer_work", settled.Intent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("zaoyang")]
    public void A_district_that_fits_no_option_leaves_the_reading_asking(string? district)
    {
        var reading = Read("住城关 会瓦工");
        var same = PlaceChoice.Settle(reading, district);
        Assert.True(PlaceChoice.IsAmbiguous(same));
        Assert.Null(same.Lng);
    }

    [Fact]
    public void The_question_names_every_county_and_an_answer_that_works()
    {
        var question = PlaceChoice.Question(Read("住板桥 会木工"));
        Assert.Contains("南漳县", question, StringComparison.Ordinal);
        Assert.Contains("宜城市", question, StringComparison.Ordinal);

        // The example answer it suggests is itself read as one settled place.
        var from = question.IndexOf("如“", StringComparison.Ordinal) + 2;
        var example = question[from..question.IndexOf('”', from)];
        Assert.EndsWith("板桥", example, StringComparison.Ordinal);
        Assert.False(PlaceChoice.IsAmbiguous(Read(example)));
        Assert.NotNull(Read(example).District);
    }

    [Fact]
    public void A_settled_reading_is_left_alone()
    {
        var reading = Read("谷城城关 会瓦工");
        Assert.False(PlaceChoice.IsAmbiguous(reading));
        Assert.Same(reading, PlaceChoice.Settle(reading, "nanzhang"));
    }
}
