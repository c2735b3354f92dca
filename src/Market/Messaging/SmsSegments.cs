namespace ZeroWork.Market.Messaging;

/// <summary>Mainland SMS billing: up to 70 characters is one segment; longer texts are split into 67-character segments (the signature counts).</summary>
public static class SmsSegments
{
    public const decimal PricePerSegment = 0.045m;

    public static int Count(string text)
    {
        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        return length <= 70 ? 1 : (length + 66) / 67;
    }
}
