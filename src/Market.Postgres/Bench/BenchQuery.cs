namespace ZeroWork.Market.Postgres.Bench;

/// <summary>One post's query for the PostGIS match bench, the same fields as the grid's query.</summary>
/// <param name="WorkDay">Day number of the work; -1 for any day.</param>
/// <param name="Limit">How many of the best come back.</param>
public sealed record BenchQuery(
    double Lat,
    double Lng,
    double RadiusMeters,
    long ExactSkills,
    long CloseSkills,
    int WorkDay,
    float PayOffer,
    short PayUnit,
    int NowMinutes,
    int Limit);
