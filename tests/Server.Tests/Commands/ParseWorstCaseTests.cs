using ZeroWork.Bot.Understanding;
using ZeroWork.Server.Commands;
using ZeroWork.Server.Parsing;

namespace ZeroWork.Server.Tests.Commands;

public sealed class ParseWorstCaseTests
{
    [Fact]
    public void Times_the_messages_as_they_are_repeated_to_the_cap_and_random_dense_text()
    {
        var now = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));
        ParseInput[] inputs =
        [
            new("a", "sms", "明天有空 会小工 住卧龙", now),
            new("b", "wechat", "樊城区七里河工地招钢筋工6名 一天380 日结 联系王经理13912345678", now),
        ];

        var (message, repeated, random) = ParseWorstCase.Measure(new MessageReader(), inputs, runs: 1);

        Assert.True(message.Micros > 0);
        Assert.Contains(message.Length, inputs.Select(i => i.Text.Length));
        Assert.Equal(2000, repeated.Length);
        Assert.Equal(2000, random.Length);
        Assert.True(repeated.Micros > 0 && random.Micros > 0);
    }
}
