namespace ZeroWork.Market.Messaging;

/// <summary>A delivery report for one SendSms serial number, from the callback or a pull; stored once per (sid, status).</summary>
public sealed record SmsReceipt
{
    public long Id { get; init; }

    /// <summary>"{sid}|{status}": a redelivered report repeats it.</summary>
    public string Key { get; init; } = "";

    public string Sid { get; init; } = "";

    /// <summary>SUCCESS or FAIL.</summary>
    public string Status { get; init; } = "";

    /// <summary>11-digit mainland number.</summary>
    public string Mobile { get; init; } = "";

    /// <summary>When the handset got it (UTC), when the report says.</summary>
    public DateTime? UserReceiveTime { get; init; }

    /// <summary>Carrier code such as DELIVRD.</summary>
    public string? Code { get; init; }

    public string? Description { get; init; }

    /// <summary>Our SessionContext echoed by the pull APIs ("outbox:{id}").</summary>
    public string? SessionContext { get; init; }

    public DateTime ReceivedAt { get; init; }

    /// <summary>The outbox message it was applied to; null while none matched yet.</summary>
    public long? OutboxId { get; init; }

    public bool Success => Status.Equals("SUCCESS", StringComparison.OrdinalIgnoreCase);
}
