namespace ZeroWork.Market.Messaging;

public enum PushState
{
    Queued,
    Accepted,
    Declined,

    /// <summary>Accepted after the post was full: told kindly.</summary>
    TooLate,
    Expired,
}
