namespace ZeroWork.Market.Consultations;

public enum ConsultationState
{
    Open,
    Assigned,
    Answered,
    Closed,
}
