using ZeroWork.Bot.Conversations;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Conversations;

public sealed class AvailabilityTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Availability Reader = new(new MessageReader());

    [Fact]
    public void A_busy_day_and_a_new_free_day_in_one_message()
    {
        var change = Reader.Read("明天没空了 下礼拜一有空", Thursday);

        Assert.Equal(["2026-11-30"], change.Free);
        Assert.Equal(["2026-11-27"], change.Busy);
        Assert.Equal(["2026-11-30"], Availability.Apply(["2026-11-27"], change, "2026-11-26"));
    }

    [Fact]
    public void From_a_day_on_is_two_weeks()
    {
        var change = Reader.Read("从后天开始都有空", Thursday);

        Assert.Equal(Availability.RangeDays, change.Free.Count);
        Assert.Equal("2026-11-28", change.Free[0]);
        Assert.Equal("11月28日(周六)起都有空", Availability.Describe(change));
    }

    [Fact]
    public void Every_day_means_any_day_and_words_without_days_change_nothing()
    {
        Assert.True(Reader.Read("天天都有空", Thursday).AnyDay);
        Assert.Empty(Availability.Apply(["2026-11-27"], Reader.Read("天天都有空", Thursday), "2026-11-26"));
        Assert.True(Reader.Read("会瓦工 住七里河", Thursday).IsEmpty);
    }
}
