namespace ZeroWork.Market.Postgres.Bench;

/// <summary>One worker row of the PostGIS match bench, in the columns the grid's filters read. A struct because a million are streamed into COPY.</summary>
/// <param name="Skills">The grid's 64 skill bits, reinterpreted as a signed bigint.</param>
/// <param name="PayWanted">Null when the worker stated no pay.</param>
/// <param name="PayUnit">0 when not stated, else the grid's pay unit code.</param>
/// <param name="FreeDays">Day numbers the worker is free; null means any day.</param>
public readonly record struct BenchWorker(
    int Id,
    double Lat,
    double Lng,
    long Skills,
    float? PayWanted,
    short PayUnit,
    int[]? FreeDays,
    float Reliability,
    int LastActiveMinutes);
