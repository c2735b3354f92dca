using ZeroWork.Bot.Understanding;
using ZeroWork.Bot.Understanding.Evaluation;

namespace ZeroWork.Bot.Tests.Understanding.Evaluation;

/// <summary>The scorer counts as <c>eval/score.py</c> does: the same figures for the same readings.</summary>
public sealed class LabelledSetScorerTests
{
    private sealed class FixedReader(Dictionary<string, Reading> byText) : IMessageReader
    {
        public Reading Read(string text, string channel, DateTimeOffset now) => byText[text];
    }

    private static string Line(string id, string text, string gold) =>
        "{\"id\": \"" + id + "\", \"channel\": \"sms\", \"text\": \"" + text + "\", \"now\": \"2026-11-26T09:00:00+08:00\", \"gold\": {" + gold + "}}";

    [Fact]
    public void Place_matches_by_containment_skills_as_a_set_and_numbers_by_value()
    {
        var reader = new FixedReader(new()
        {
            ["a"] = new Reading { Intent = Intents.PostJob, Skills = ["painter", "bricklayer"], PayMin = 180.0m, Place = "七里河" },
            ["b"] = new Reading { Intent = Intents.OfferWork, Place = "檀溪", Name = "王" },
        });
        string[] lines =
        [
            Line("1", "a", "\"intent\": \"post_job\", \"skills\": [\"bricklayer\", \"painter\"], \"pay_min\": 180, \"place\": \"樊城区七里河\""),
            Line("2", "b", "\"intent\": \"post_job\", \"place\": \"檀溪路\", \"name\": \"李\", \"age\": 50"),
        ];

        var score = LabelledSetScorer.Score(reader, lines);

        Assert.Equal(2, score.Messages);
        Assert.Equal(1, score.IntentRight);
        Assert.Equal(new FieldScore("place", 2, 2, 2), score.Field("place"));
        Assert.Equal(new FieldScore("skills", 1, 1, 1), score.Field("skills"));
        Assert.Equal(new FieldScore("pay_min", 1, 1, 1), score.Field("pay_min"));
        Assert.Equal(new FieldScore("name", 0, 1, 1), score.Field("name"));
        Assert.Equal(new FieldScore("age", 0, 0, 1), score.Field("age"));

        // 4 right of 5 predicted and 6 gold.
        Assert.Equal(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), score.SlotF1, 9);
        Assert.Contains(score.Errors, e => e is { Id: "2", Field: "intent" });
        Assert.Contains(score.Errors, e => e is { Field: "age", Gold: "50", Got: "None" });
    }

    [Fact]
    public void A_later_line_with_the_same_id_replaces_the_earlier_one()
    {
        var reader = new FixedReader(new()
        {
            ["a"] = new Reading { Intent = Intents.Help },
            ["b"] = new Reading { Intent = Intents.OfferWork },
        });

        var score = LabelledSetScorer.Score(reader, [Line("1", "a", "\"intent\": \"help\""), "", Line("1", "b", "\"intent\": \"help\"")]);

        Assert.Equal(1, score.Messages);
        Assert.Equal(0, score.IntentAccuracy);
    }
}
