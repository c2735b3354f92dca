namespace ZeroWork.Matcher.Index;

/// <summary>Pay units of the parse contract as bytes for the index (0 = not stated).</summary>
public static class PayUnits
{
    private static readonly string[] Codes = ["", "day", "hour", "month", "piece", "job"];

    public static byte Of(string? unit)
    {
        var i = unit is null ? -1 : Array.IndexOf(Codes, unit);
        return i <= 0 ? (byte)0 : (byte)i;
    }
}
