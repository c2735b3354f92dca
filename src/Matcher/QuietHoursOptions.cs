namespace ZeroWork.Matcher;

/// <summary>China-time hours when SMS pushes wait (WeChat customer-service messages are answers the person can ignore, so they are not held).</summary>
public sealed class QuietHoursOptions
{
    public bool Enabled { get; set; } = true;

    public TimeOnly Start { get; set; } = new(21, 0);

    public TimeOnly End { get; set; } = new(7, 0);
}
