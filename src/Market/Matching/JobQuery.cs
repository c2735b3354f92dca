using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Matching;

/// <summary>A search over open jobs: skills and free text, nearest first from <see cref="From"/>.</summary>
public sealed record JobQuery(GeoPoint? From, IReadOnlyList<string> Skills, string? Text, int Limit = 5);
