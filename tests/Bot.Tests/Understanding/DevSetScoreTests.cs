using ZeroWork.Bot.Understanding;
using ZeroWork.Bot.Understanding.Evaluation;
using ZeroWork.Tests.Common;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Runs the labelled sets through the reader and scores them as <c>eval/score.py</c> does; fails below the goals of issue 12.</summary>
public sealed class DevSetScoreTests
{
    private static readonly string BoardStyle = Path.Combine(AppContext.BaseDirectory, "Understanding", "Data", "board-style.jsonl");

    [Fact]
    public void Dev_set_scores_above_the_floor()
    {
        var score = LabelledSetScorer.Score(new MessageReader(), File.ReadLines(SharedFolder.File("eval", "dev.jsonl")));

        Assert.True(score.SlotF1 >= AccuracyGoals.DevSlotF1, Describe("dev slot F1", score.SlotF1, score));
        Assert.True(score.IntentAccuracy >= AccuracyGoals.DevIntent, Describe("dev intent accuracy", score.IntentAccuracy, score));
    }

    [Fact]
    public void Board_style_set_has_at_least_500_messages()
    {
        var score = LabelledSetScorer.Score(new MessageReader(), File.ReadLines(BoardStyle));

        Assert.True(score.Messages >= 500, $"{score.Messages} messages");
    }

    [Fact]
    public void Board_style_set_scores_above_its_goals()
    {
        var score = LabelledSetScorer.Score(new MessageReader(), File.ReadLines(BoardStyle));

        Assert.True(score.SlotF1 >= AccuracyGoals.BoardSlotF1, Describe("board-style slot F1", score.SlotF1, score));
        Assert.True(score.IntentAccuracy >= AccuracyGoals.BoardIntent, Describe("board-style intent accuracy", score.IntentAccuracy, score));
    }

    private static string Describe(string what, double value, SetScore score) =>
        $"{what} {value:0.000}; first errors:\n" + string.Join("\n", score.Errors.Take(15).Select(e => $"{e.Id} {e.Field} gold={e.Gold} got={e.Got} | {e.Text}"));
}
