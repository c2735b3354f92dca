namespace ZeroWork.Market.Postgres.Bench;

/// <summary>Per query, the fastest of its timed runs in microseconds (client round trip on one prepared statement) and its answer.</summary>
public sealed record PostgisTimings(IReadOnlyList<double> Microseconds, IReadOnlyList<PostgisAnswer> Answers);
