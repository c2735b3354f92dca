namespace ZeroWork.Market.Messaging;

/// <summary>Mainland SMS billing: the length is the signature with its 【】 plus the body, every character counting 1; up to 70 is one segment, longer texts are billed in 67-character segments.</summary>
public static class SmsSegments
{
    public const decimal PricePerSegment = 0.045m;

    public const int SingleLimit = 70;

    public const int PartLength = 67;

    public static int Count(string text) => CountLength(Length(text));

    /// <summary>Counts the text as the handset gets it: <c>【signName】</c> + body.</summary>
    public static int Count(string? signName, string body) => CountLength(Length(Signed(signName, body)));

    public static string Signed(string? signName, string body) => string.IsNullOrEmpty(signName) ? body : $"【{signName}】{body}";

    public static int Length(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    public static int CountLength(int length) => length <= SingleLimit ? 1 : (length + PartLength - 1) / PartLength;

    /// <summary>The billed parts, e.g. 150 → 67, 67, 16.</summary>
    public static IReadOnlyList<int> Parts(int length)
    {
        if (length <= SingleLimit)
        {
            return [length];
        }

        var parts = new List<int>();
        for (var left = length; left > 0; left -= PartLength)
        {
            parts.Add(Math.Min(left, PartLength));
        }

        return parts;
    }
}
