using System.Globalization;
using ZeroWork.Market.Jobs;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Planning;

/// <summary>Turns a post into the index's query, and checks one worker against one post the same way (for the pull).</summary>
public static class JobQueries
{
    public static WorkerQuery For(JobPost job, double radiusMeters, int limit, IReadOnlySet<int>? exclude, DateTime utcNow)
    {
        var point = job.Point ?? throw new ArgumentException("a post without a point cannot be matched", nameof(job));
        var (exact, close) = SkillMasks(job);
        return new WorkerQuery(
            point.Lat,
            point.Lng,
            radiusMeters,
            exact,
            close,
            WorkDay(job),
            Offer(job),
            PayUnits.Of(job.PayUnit),
            WorkerEntries.Minutes(utcNow),
            limit,
            exclude);
    }

    /// <summary>A post that names no kind of work fits every skill.</summary>
    public static (ulong Exact, ulong Close) SkillMasks(JobPost job)
    {
        if (job.Skills.Count == 0)
        {
            return (ulong.MaxValue, 0);
        }

        var exact = Skills.SkillMasks.MaskOf(job.Skills);
        return (exact, Skills.SkillMasks.CloseMaskOf(exact));
    }

    /// <summary>Whether <paramref name="worker"/> may be offered <paramref name="job"/> apart from distance: skill (exact or close), free day, pay.</summary>
    public static bool Fits(JobPost job, in WorkerEntry worker)
    {
        var (exact, close) = SkillMasks(job);
        if ((worker.Skills & (exact | close)) == 0)
        {
            return false;
        }

        var day = WorkDay(job);
        if (day >= 0 && worker.FreeDays is { } free && Array.IndexOf(free, day) < 0)
        {
            return false;
        }

        return !(worker.PayUnit != 0 && worker.PayUnit == PayUnits.Of(job.PayUnit) && worker.PayWanted > Offer(job));
    }

    private static int WorkDay(JobPost job) =>
        DateOnly.TryParseExact(job.WorkDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.DayNumber : -1;

    /// <summary>The most the post offers, in its unit; NaN when it states none.</summary>
    private static float Offer(JobPost job) => (job.PayMax ?? job.PayMin) is { } offer ? (float)offer : float.NaN;
}
