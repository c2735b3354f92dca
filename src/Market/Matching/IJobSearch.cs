namespace ZeroWork.Market.Matching;

/// <summary>Keyword search over open jobs (第五条). Implemented by the Matcher, used by Bot and Admin.</summary>
public interface IJobSearch
{
    IReadOnlyList<JobHit> Search(JobQuery query);
}
