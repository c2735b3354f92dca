using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ZeroWork.Admin.Security;

/// <summary>Slows password guessing without locking anyone out: after a few free failures, each further failure for the same user name (known or not)
/// or from the same client address doubles the wait before the next attempt, up to a cap. A stranger guessing at <c>admin</c> costs its owner at most
/// that cap, never a 15-minute lockout, and unknown names are throttled exactly like real ones so the answers reveal nothing about which accounts exist.</summary>
public sealed class LoginThrottle(TimeProvider time, IOptions<AdminOptions> options)
{
    /// <summary>Failures are forgotten this long after the last one.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);

    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>How long the caller must still wait before trying this name from this address, or null to go ahead.</summary>
    public TimeSpan? Wait(string? address, string userName)
    {
        var now = time.GetUtcNow();
        var wait = new[] { Remaining(UserKey(userName), now), Remaining(AddressKey(address), now) }.Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string? address, string userName)
    {
        var limits = options.Value;
        Record(UserKey(userName), limits.MaxFailedLogins);
        Record(AddressKey(address), limits.AddressFailuresBeforeBackoff);
    }

    /// <summary>A right password clears the name's failures (not the address's: one good account must not launder guesses at others).</summary>
    public void Succeeded(string userName) => entries.TryRemove(UserKey(userName), out _);

    private TimeSpan Remaining(string key, DateTimeOffset now) =>
        entries.TryGetValue(key, out var e) && now - e.Last < Memory && e.NotBefore > now ? e.NotBefore - now : TimeSpan.Zero;

    private void Record(string key, int free)
    {
        var now = time.GetUtcNow();
        if (entries.Count > MaxEntries)
        {
            foreach (var stale in entries.Where(kv => now - kv.Value.Last >= Memory).Select(kv => kv.Key).ToList())
            {
                entries.TryRemove(stale, out _);
            }
        }

        var cap = TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds);
        entries.AddOrUpdate(
            key,
            _ => Next(1, now, free, cap),
            (_, e) => Next(now - e.Last >= Memory ? 1 : e.Failures + 1, now, free, cap));
    }

    private static Entry Next(int failures, DateTimeOffset now, int free, TimeSpan cap)
    {
        if (failures < free)
        {
            return new Entry(failures, now, now);
        }

        var seconds = Math.Pow(2, Math.Min(failures - free, 20));
        var delay = TimeSpan.FromSeconds(Math.Min(seconds, cap.TotalSeconds));
        return new Entry(failures, now, now + delay);
    }

    private static string UserKey(string userName) => "u:" + userName.Trim().ToLowerInvariant();

    private static string AddressKey(string? address) => "a:" + (address ?? "local");

    private sealed record Entry(int Failures, DateTimeOffset Last, DateTimeOffset NotBefore);
}
