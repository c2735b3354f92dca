namespace ZeroWork.Market.Postgres.Bench;

/// <summary>The ranking's weights, handed in by the caller so the SQL ranks exactly as the Matcher does without this project knowing the Matcher.</summary>
public sealed record ScoreWeights(
    double Distance,
    double ExactSkill,
    double CloseSkill,
    double Reliability,
    double Recency,
    double RecencyHalfMinutes);
