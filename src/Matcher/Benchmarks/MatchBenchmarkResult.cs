using System.Text.Json.Serialization;

namespace ZeroWork.Matcher.Benchmarks;

/// <summary>The last line of <c>zerowork bench match</c>.</summary>
public sealed record MatchBenchmarkResult(
    [property: JsonPropertyName("workers")] int Workers,
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("p50_us")] double P50Us,
    [property: JsonPropertyName("p99_us")] double P99Us,
    [property: JsonPropertyName("scan_p50_us")] double ScanP50Us,
    [property: JsonPropertyName("index_bytes_per_worker")] double IndexBytesPerWorker,
    [property: JsonPropertyName("build_ms")] double BuildMs,
    [property: JsonPropertyName("max_us")] double MaxUs);
