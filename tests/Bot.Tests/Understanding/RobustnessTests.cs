using System.Text;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class RobustnessTests
{
    private static readonly MessageReader Reader = new();

    private static readonly string[] Pieces =
    [
        "明天", "一天两百", "要俩小工", "电话", "139 1234 5678", "樊城", "七里河", "👷", "🔥🔥", "①", "０７１０－", "不对", "下周一",
        "月薪", "5-8k", "以上", "包干", "岁", "号", "点半", "姓", "师傅", "\u0000", "\uD83D", "\uDC00", "~", "≈", "-", " ", "\n", "？",
        "十", "百", "千万", "幺", "俩", "零零零", "😀", "abc", "ＴＤ", "招", "有没有", "娃工", "一二三四五六七八九十",
    ];

    [Fact]
    public void Random_input_always_gives_a_reading()
    {
        var random = new Random(20261126);
        var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));
        for (var n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            var parts = random.Next(0, 30);
            for (var k = 0; k < parts; k++)
            {
                if (random.Next(3) == 0)
                {
                    sb.Append((char)random.Next(0, 0xFFFF));
                }
                else
                {
                    sb.Append(Pieces[random.Next(Pieces.Length)]);
                }
            }

            var reading = Reader.Read(sb.ToString(), "sms", now);
            Assert.NotNull(reading);
            Assert.Contains(reading.Intent, AllIntents);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀🎉🎉")]
    [InlineData("\u0001\u0002\u0003\uFFFF")]
    public void Degenerate_input_reads_as_other(string text) => Assert.Equal(Intents.Other, Reader.Read(text, "sms", DateTimeOffset.UnixEpoch).Intent);

    [Fact]
    public void Null_text_reads_as_other() => Assert.Equal(Intents.Other, Reader.Read(null!, "sms", DateTimeOffset.UnixEpoch).Intent);

    [Fact]
    public void Huge_and_binary_input_gives_a_reading()
    {
        var random = new Random(7);
        var huge = new StringBuilder();
        while (huge.Length < 10_000)
        {
            huge.Append(Pieces[random.Next(Pieces.Length)]);
        }

        var binary = new string([.. Enumerable.Range(0, 10_000).Select(_ => (char)random.Next(0, 0xFFFF))]);
        foreach (var text in new[] { huge.ToString(), binary, new string('1', 10_000), new string('一', 10_000) })
        {
            var reading = Reader.Read(text, "wechat", DateTimeOffset.UnixEpoch);
            Assert.Contains(reading.Intent, AllIntents);
        }
    }

    private static readonly string[] AllIntents =
    [
        Intents.PostJob, Intents.OfferWork, Intents.SearchJobs, Intents.Accept, Intents.Decline, Intents.ClosePost,
        Intents.ConsultRights, Intents.ConsultPolicy, Intents.Training, Intents.Unsubscribe, Intents.Help, Intents.Other,
    ];
}
