namespace ZeroWork.Market.People;

public enum Channel
{
    Sms,
    WeChat,
    Counter,
}
