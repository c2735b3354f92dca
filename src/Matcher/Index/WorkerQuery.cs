namespace ZeroWork.Matcher.Index;

/// <summary>Who may be offered a job: within <see cref="RadiusMeters"/> on the sphere, with an exact or close skill, free on <see cref="WorkDay"/> (-1 = any), not wanting more than <see cref="PayOffer"/> in the same unit, not in <see cref="Exclude"/>. The best <see cref="Limit"/> by score come back.</summary>
public sealed record WorkerQuery(
    double Lat,
    double Lng,
    double RadiusMeters,
    ulong ExactSkills,
    ulong CloseSkills,
    int WorkDay,
    float PayOffer,
    byte PayUnit,
    int NowMinutes,
    int Limit,
    IReadOnlySet<int>? Exclude = null);
