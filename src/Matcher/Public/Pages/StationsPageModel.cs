using ZeroWork.Market.Stations;

namespace ZeroWork.Matcher.Public.Pages;

/// <summary>What <c>/stations</c> shows: every open station (nearest first when a place was given) and their hotlines.</summary>
public sealed record StationsPageModel(IReadOnlyList<Station> Stations, JobsRequest? Request, string? Error, PublicStations Directory);
