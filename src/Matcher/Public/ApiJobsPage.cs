using System.Text.Json.Serialization;

namespace ZeroWork.Matcher.Public;

/// <summary>The answer of <c>/api/jobs</c>: a page of jobs nearest first and the address of the next page (null on the last).</summary>
public sealed record ApiJobsPage(
    [property: JsonPropertyName("jobs")] IReadOnlyList<ApiJob> Jobs,
    [property: JsonPropertyName("next")] string? Next);
