namespace ZeroWork.Market.Messaging;

public enum OutboxChannel
{
    Sms,

    /// <summary>WeChat customer-service message (inside the 48-hour window).</summary>
    WeChatCustom,

    /// <summary>WeChat template message (outside the window).</summary>
    WeChatTemplate,
}
