namespace ZeroWork.Matcher.Index;

/// <summary>The ranking: nearer first, then exact skill over close, then reliability, then recent activity.</summary>
public static class Ranking
{
    public const float DistanceWeight = 0.4f;
    public const float ExactSkillWeight = 0.3f;
    public const float CloseSkillWeight = 0.12f;
    public const float ReliabilityWeight = 0.2f;
    public const float RecencyWeight = 0.1f;

    /// <summary>A week without activity halves the recency part.</summary>
    public const float RecencyHalfMinutes = 7 * 24 * 60;

    /// <summary>The best score anyone at least <paramref name="minDistance"/> away can reach, a little high on purpose so float rounding never prunes a winner.</summary>
    public static float UpperBound(double minDistance, double radius)
    {
        var near = radius > 0 ? 1f - (float)Math.Clamp(minDistance / radius, 0.0, 1.0) : 1f;
        return (DistanceWeight * near) + ExactSkillWeight + ReliabilityWeight + RecencyWeight + 1e-4f;
    }

    public static float Score(double distance, double radius, bool exact, float reliability, int lastActiveMinutes, int nowMinutes)
    {
        var near = radius > 0 ? 1f - (float)Math.Min(1.0, distance / radius) : 1f;
        var recency = lastActiveMinutes <= 0 ? 0f : RecencyHalfMinutes / (RecencyHalfMinutes + Math.Max(0, nowMinutes - lastActiveMinutes));
        return (DistanceWeight * near) + (exact ? ExactSkillWeight : CloseSkillWeight) + (ReliabilityWeight * reliability) + (RecencyWeight * recency);
    }
}
