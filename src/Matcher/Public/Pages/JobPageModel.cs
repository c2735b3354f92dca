namespace ZeroWork.Matcher.Public.Pages;

/// <summary>What <c>/jobs/{id}</c> shows: the open post (null when it is full, closed, held or unknown) and the searcher's point when the link carried one.</summary>
public sealed record JobPageModel(JobView? View, JobsRequest? Request, string Today);
