using System.Text.Json.Serialization;

namespace ZeroWork.Matcher.Public;

/// <summary>One job of <c>/api/jobs</c>; the names are the published contract (docs/public-api.md). No contact of any kind.</summary>
public sealed record ApiJob(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("skills")] IReadOnlyList<string> Skills,
    [property: JsonPropertyName("trade")] string Trade,
    [property: JsonPropertyName("headcount_left")] int HeadcountLeft,
    [property: JsonPropertyName("pay_min")] decimal? PayMin,
    [property: JsonPropertyName("pay_max")] decimal? PayMax,
    [property: JsonPropertyName("pay_unit")] string? PayUnit,
    [property: JsonPropertyName("start")] string? Start,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("lng")] double? Lng,
    [property: JsonPropertyName("lat")] double? Lat,
    [property: JsonPropertyName("distance_m")] int? DistanceMeters,
    [property: JsonPropertyName("nav_url")] string? NavUrl,
    [property: JsonPropertyName("url")] string Url);
