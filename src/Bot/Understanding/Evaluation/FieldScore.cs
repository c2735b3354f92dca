namespace ZeroWork.Bot.Understanding.Evaluation;

/// <summary>One field's tally over a labelled set: readings right, slots the reader filled, slots the labels fill.</summary>
public sealed record FieldScore(string Field, int Right, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Right / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
