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
}
