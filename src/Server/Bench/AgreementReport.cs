using System.Globalization;

namespace ZeroWork.Server.Bench;

/// <summary>What <see cref="MatchAgreement"/> found over a sample of queries.</summary>
/// <param name="SameOrder">Queries whose ranked ids are identical.</param>
/// <param name="SameSet">Queries whose ids are the same, in any order.</param>
/// <param name="DifferingWorkers">Workers in one answer and not the other, over all queries.</param>
/// <param name="DifferingAtEdge">Of those, the ones whose sphere distance is within <paramref name="MaxGapMeters"/> of the radius.</param>
/// <param name="MaxGapMeters">The largest difference between the grid's sphere distance and PostGIS's distance for a worker both returned.</param>
public sealed record AgreementReport(int Queries, int SameOrder, int SameSet, int DifferingWorkers, int DifferingAtEdge, double MaxGapMeters, double MeanGapMeters)
{
    public double SameSetRate => Queries == 0 ? 0 : SameSet / (double)Queries;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{SameSet} of {Queries} answers have the same workers ({SameSetRate:P1}), {SameOrder} in the same order; {DifferingWorkers} workers differ, {DifferingAtEdge} of them within {MaxGapMeters:0.00} m of the radius; distance gap on common workers max {MaxGapMeters:0.00} m, mean {MeanGapMeters:0.000} m");
}
