using ZeroWork.Market.People;

namespace ZeroWork.Market.Jobs;

/// <summary>Who collected a post and so answers for it (谁收集、谁发布、谁负责): a station's staff at the counter, or a channel and the station responsible for its area.</summary>
public sealed record Collector
{
    public Channel Channel { get; init; }

    public string? StationId { get; init; }

    public string? StaffUserName { get; init; }
}
