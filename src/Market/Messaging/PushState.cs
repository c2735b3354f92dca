namespace ZeroWork.Market.Messaging;

public enum PushState
{
    Queued,
    Accepted,
    Declined,

    /// <summary>Accepted after the post was full: told kindly.</summary>
    TooLate,
    Expired,

    /// <summary>Accepted, then the worker said they cannot go: the place reopened and the employer was told.</summary>
    Withdrawn,
}
