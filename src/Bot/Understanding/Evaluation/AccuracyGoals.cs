namespace ZeroWork.Bot.Understanding.Evaluation;

/// <summary>The floors issue 12 sets for the labelled sets the team can see: the dev set stays near perfect, the board-style set reaches the real-board goal.</summary>
public static class AccuracyGoals
{
    public const double DevSlotF1 = 0.99;

    public const double DevIntent = 0.99;

    public const double BoardSlotF1 = 0.90;

    public const double BoardIntent = 0.95;
}
