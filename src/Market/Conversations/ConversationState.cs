using ZeroWork.Market.People;

namespace ZeroWork.Market.Conversations;

/// <summary>Where a person is in a dialogue with the bot; one per address, expires after 30 minutes idle.</summary>
public sealed record ConversationState
{
    /// <summary>"sms:139…" or "wechat:openid".</summary>
    public string Id { get; init; } = "";

    public Channel Channel { get; init; }

    public string Address { get; init; } = "";

    /// <summary>The flow in progress: post, register, search, or none.</summary>
    public string? Flow { get; init; }

    /// <summary>The slot being asked for.</summary>
    public string? Asking { get; init; }

    /// <summary>The draft being filled, as key/value pairs (flow-specific).</summary>
    public Dictionary<string, string> Slots { get; init; } = [];

    /// <summary>The job last pushed to this person and not yet answered: a bare "1" takes it.</summary>
    public int? PendingJobId { get; init; }

    /// <summary>Recent lines of the chat, for a handover to station staff.</summary>
    public IReadOnlyList<string> Recent { get; init; } = [];

    public DateTime UpdatedAt { get; init; }
}
