namespace ZeroWork.Bot.Understanding.Evaluation;

/// <summary>A labelled set's score, as <c>eval/score.py</c> computes it: slot figures summed over every field but intent, and intent accuracy.</summary>
public sealed record SetScore(IReadOnlyList<FieldScore> Fields, int IntentRight, int Messages, IReadOnlyList<ScoreError> Errors)
{
    public FieldScore Slots => new("slots", Fields.Sum(f => f.Right), Fields.Sum(f => f.Predicted), Fields.Sum(f => f.Gold));

    public double SlotF1 => Slots.F1;

    public double IntentAccuracy => Messages == 0 ? 0 : (double)IntentRight / Messages;

    public FieldScore Field(string name) => Fields.Single(f => f.Field == name);
}
