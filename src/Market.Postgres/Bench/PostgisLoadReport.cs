namespace ZeroWork.Market.Postgres.Bench;

/// <summary>How loading the bench table went: rows, COPY and index build times, and the sizes PostgreSQL reports.</summary>
public sealed record PostgisLoadReport(long Rows, double CopyMs, double IndexMs, long TableBytes, long IndexBytes);
