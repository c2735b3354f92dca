namespace ZeroWork.Market.Jobs;

public enum JobStatus
{
    Draft,
    PendingReview,
    Published,
    Filled,
    Closed,
    Expired,
    Rejected,
}
