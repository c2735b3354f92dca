namespace ZeroWork.Bot.Conversations;

/// <summary>Days freed and days taken back by one message; <see cref="AnyDay"/> when the worker said every day.</summary>
public sealed record AvailabilityChange(IReadOnlyList<string> Free, IReadOnlyList<string> Busy, bool AnyDay)
{
    public bool IsEmpty => Free.Count == 0 && Busy.Count == 0 && !AnyDay;
}
