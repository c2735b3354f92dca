using System.Text.Json;
using System.Text.RegularExpressions;
using ZeroWork.Bot.Understanding;
using ZeroWork.Tests.Common;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class GuardedRegexTests
{
    private static readonly string BoardStyle = Path.Combine(AppContext.BaseDirectory, "Understanding", "Data", "board-style.jsonl");

    public static TheoryData<string> Guarded => ["OfferNumeric", "EmployerTerms"];

    private static GuardedRegex Of(string name) => name switch
    {
        "OfferNumeric" => IntentClassifier.GuardedOfferNumeric,
        _ => IntentClassifier.GuardedEmployerTerms,
    };

    [Theory]
    [MemberData(nameof(Guarded))]
    public void The_guard_never_changes_the_answer_on_real_messages(string name)
    {
        var guarded = Of(name);
        var texts = File.ReadLines(SharedFolder.File("eval", "dev.jsonl")).Concat(File.ReadLines(BoardStyle))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Select(t => Normalizer.Normalize(t))
            .SelectMany(n => new[] { n.Plain, n.Numeric })
            .ToList();

        Assert.All(texts, t => Assert.Equal(guarded.Regex.IsMatch(t), guarded.IsMatch(t)));
        Assert.Contains(texts, guarded.IsMatch);
    }

    [Theory]
    [InlineData("OfferNumeric", "0123456789 ,-~岁周以左上之内男女今年做干了经验")]
    [InlineData("EmployerTerms", "0123456789 ,-~岁周以下内男女年龄要求经验证身体有意者不限五险社保全待遇工资薪面议岗位职责任招聘启事上班时间作地点包吃住")]
    public void The_guard_never_changes_the_answer_on_dense_random_text(string name, string alphabet)
    {
        // Short random strings over digits, the guard words' characters and what surrounds them in the patterns, so that
        // matches are frequent: a branch without any guard word would show up as a match the guard turned down.
        var guarded = Of(name);
        var random = new Random(1204);
        var matched = 0;
        for (var i = 0; i < 20000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(2, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = guarded.Regex.IsMatch(text);
            matched += expected ? 1 : 0;
            Assert.True(expected == guarded.IsMatch(text), text);
        }

        Assert.True(matched > 100, $"{matched} matches");
    }

    [Fact]
    public void Without_a_guard_word_the_regex_is_not_asked()
    {
        var guarded = new GuardedRegex(new Regex("[0-9]+元"), "元");
        Assert.True(guarded.IsMatch("一天200元"));
        Assert.False(guarded.IsMatch("一天200块"));
    }
}
