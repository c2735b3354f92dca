using System.Text.Json.Serialization;

namespace ZeroWork.Server.Bench;

/// <summary>One mode's figures: throughput over the wall-clock time of the run, latency percentiles per request.</summary>
public sealed record HookRunResult(
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("msgPerSec")] double MessagesPerSecond,
    [property: JsonPropertyName("p50Ms")] double P50Ms,
    [property: JsonPropertyName("p99Ms")] double P99Ms,
    [property: JsonPropertyName("maxMs")] double MaxMs)
{
    public static HookRunResult From(string mode, IReadOnlyList<double> latenciesMs, int errors, TimeSpan wall)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new HookRunResult(
            mode,
            sorted.Length,
            errors,
            Math.Round(sorted.Length / wall.TotalSeconds, 1),
            Math.Round(Percentile(sorted, 0.50), 2),
            Math.Round(Percentile(sorted, 0.99), 2),
            Math.Round(sorted.Length == 0 ? 0 : sorted[^1], 2));
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Mode,-6} {Count} messages, {MessagesPerSecond:0.0} msg/s, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.00} ms, errors {Errors}");

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
