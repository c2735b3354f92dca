namespace ZeroWork.Matcher.Index;

/// <summary>Conversions shared by the index, its entries and the ranking.</summary>
public static class WorkerEntries
{
    public static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Share of taken jobs turned up for, with a prior of one of two so newcomers are neither best nor worst.</summary>
    public static float Reliability(int taken, int showedUp) => (Math.Min(showedUp, taken) + 1f) / (Math.Max(taken, 0) + 2f);

    public static int Minutes(DateTime? utc) =>
        utc is { } t && t > Epoch ? (int)Math.Min(int.MaxValue, (t - Epoch).TotalMinutes) : 0;
}
