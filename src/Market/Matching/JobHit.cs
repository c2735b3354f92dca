using ZeroWork.Market.Jobs;

namespace ZeroWork.Market.Matching;

public sealed record JobHit(JobPost Job, double? DistanceMeters);
