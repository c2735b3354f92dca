using ZeroWork.Market.Jobs;
using ZeroWork.Market.Stations;

namespace ZeroWork.Matcher.Public;

/// <summary>An open post as the public sees it: the post, how far, and the station to call about it (whose hotline, never the employer's number).</summary>
public sealed record JobView(JobPost Job, double? DistanceMeters, Station? Station, string? Hotline)
{
    public int HeadcountLeft => Math.Max(0, Job.Headcount - Job.TakerIds.Count);
}
