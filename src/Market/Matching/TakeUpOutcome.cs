namespace ZeroWork.Market.Matching;

public enum TakeUpOutcome
{
    Taken,
    AlreadyTaken,
    Full,
    Declined,
    Closed,
    NotFound,
    NotAllowed,

    /// <summary>The worker already took a job on the same day.</summary>
    Clash,

    /// <summary>The worker gave back a job they had taken.</summary>
    Withdrawn,
}
