using ZeroWork.Market.People;
using ZeroWork.Matcher.Skills;

namespace ZeroWork.Matcher.Index;

/// <summary>What the index keeps of one active worker: compact numbers only, so a million fit in well under 200 bytes each.</summary>
/// <param name="FreeDays">Day numbers (<see cref="DateOnly.DayNumber"/>) the worker said they are free; null means any day.</param>
/// <param name="LastActiveMinutes">Minutes since <see cref="WorkerEntries.Epoch"/>; 0 when never seen.</param>
public readonly record struct WorkerEntry(
    int Id,
    double Lat,
    double Lng,
    ulong Skills,
    float PayWanted,
    byte PayUnit,
    int[]? FreeDays,
    float Reliability,
    int LastActiveMinutes)
{
    /// <summary>The entry for an active worker (worker profile, home point, not opted out, not a simulator user), or null.</summary>
    public static WorkerEntry? From(Person person)
    {
        if (person.Worker is not { Home: { } home } worker || person.OptedOut || Market.Messaging.Sandbox.IsPerson(person))
        {
            return null;
        }

        var free = worker.FreeDates
            .Select(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", out var day) ? day.DayNumber : -1)
            .Where(d => d >= 0)
            .ToArray();
        return new WorkerEntry(
            person.Id,
            home.Lat,
            home.Lng,
            SkillMasks.MaskOf(worker.Skills),
            worker.PayWanted is { } pay ? (float)pay : float.NaN,
            PayUnits.Of(worker.PayUnit),
            free.Length == 0 ? null : free,
            WorkerEntries.Reliability(worker.JobsTaken, worker.JobsShowedUp),
            WorkerEntries.Minutes(person.LastActiveAt));
    }
}
