namespace ZeroWork.Market.Messaging;

/// <summary>A message waiting to go out. Written in the same transaction as the change that caused it, so nothing is lost on a crash; the idempotency key stops a second copy.</summary>
public sealed record OutboxMessage
{
    public long Id { get; init; }

    public OutboxChannel Channel { get; init; }

    /// <summary>Phone number or openid.</summary>
    public string Address { get; init; } = "";

    /// <summary>Template name from <see cref="MessageTemplates"/> (SMS goes only through templates).</summary>
    public string? Template { get; init; }

    public IReadOnlyList<string> Variables { get; init; } = [];

    /// <summary>What <see cref="MessageTemplate.LinkPlaceholder"/> stands for in this message's template (empty when a variable carries a whole URL, as on WeChat).</summary>
    public string? LinkPrefix { get; init; }

    /// <summary>The rendered text, as the person will read it.</summary>
    public string Text { get; init; } = "";

    public string IdempotencyKey { get; init; } = "";

    /// <summary>What the message is for: reply, push, handover, notice.</summary>
    public string Purpose { get; init; } = "reply";

    public OutboxState State { get; init; }

    public int Attempts { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? NotBefore { get; init; }

    public DateTime? SentAt { get; init; }

    public DateTime? DeliveredAt { get; init; }

    /// <summary>Provider's id for the message (SMS SerialNo / WeChat msgid).</summary>
    public string? ProviderId { get; init; }

    public string? LastError { get; init; }

    public int Segments { get; init; } = 1;

    /// <summary>Estimated cost in yuan (SMS segments × unit price).</summary>
    public decimal Cost { get; init; }

    /// <summary>Person the message is for, when known.</summary>
    public int? PersonId { get; init; }

    /// <summary>Every provider call made for it, oldest first (none while it has only waited).</summary>
    public IReadOnlyList<OutboxAttempt> Calls { get; init; } = [];

    public OutboxAttempt? FirstCall() => Calls.Count > 0 ? Calls[0] : null;

    public OutboxAttempt? LastCall() => Calls.Count > 0 ? Calls[^1] : null;

    /// <summary>Pushes wait behind everything a person is waiting for: answers, take-up notices, consultation replies.</summary>
    public static bool IsUrgent(string purpose) => purpose != PushPurpose;

    public const string PushPurpose = "push";
}
