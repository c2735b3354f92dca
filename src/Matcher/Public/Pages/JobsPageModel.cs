using ZeroWork.Market.Stations;

namespace ZeroWork.Matcher.Public.Pages;

/// <summary>What <c>/jobs</c> shows: the search's page of jobs (null when the request was refused), the reason it was refused, the stations to pick from and today's China date.</summary>
public sealed record JobsPageModel(JobsResult? Result, string? Error, IReadOnlyList<Station> Stations, string Today);
