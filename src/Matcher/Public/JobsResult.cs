namespace ZeroWork.Matcher.Public;

/// <summary>One page of a search, nearest first, and whether another page follows.</summary>
public sealed record JobsResult(JobsRequest Request, IReadOnlyList<JobView> Jobs, bool HasMore);
