namespace ZeroWork.Market.Consultations;

/// <summary>One message in a consultation's thread; <see cref="FromStaff"/> is the staff user name when staff wrote it.</summary>
public sealed record ThreadMessage
{
    public DateTime At { get; init; }

    public string? FromStaff { get; init; }

    public string Text { get; init; } = "";
}
