using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Benchmarks;

/// <summary>A match bench run's figures and the grid it measured, for comparing its answers with another structure's.</summary>
public sealed record MatchBenchmarkRun(MatchBenchmarkResult Result, WorkerIndex Grid);
