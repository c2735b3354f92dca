using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Bot.Outbound;

/// <summary><c>Bot:Outbound</c>: how the outbox dispatcher paces itself.</summary>
public sealed class OutboundOptions
{
    public const string Section = "Bot:Outbound";

    /// <summary>Wake-up without an event, for deferred messages coming due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often messages with an unknown outcome are reconciled.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Unknown messages older than this are left for staff (the provider's pull window is 7 days).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00")]
    public TimeSpan ReconcileWindow { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a message whose fate is unknown waits for a receipt or a status pull before it is sent once more.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan InDoubtWindow { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How many provider calls one channel has in flight at once (different numbers or openids; each one's messages still go in order), and so how many messages a crash can leave in doubt.</summary>
    [Range(1, 64)]
    public int SendConcurrency { get; set; } = 8;

    /// <summary>A message deferred this many times fails instead of waiting forever.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;
}
