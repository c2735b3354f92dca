namespace ZeroWork.Market.Postgres.Bench;

/// <summary>The ranked worker ids PostGIS returned for one query, best first, with each one's distance in metres as PostGIS measured it.</summary>
public sealed record PostgisAnswer(int[] Ids, double[] DistancesMeters);
