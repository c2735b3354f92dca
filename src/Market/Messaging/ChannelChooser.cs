using ZeroWork.Market.People;

namespace ZeroWork.Market.Messaging;

/// <summary>How to reach a person unprompted: WeChat customer-service inside the 48-hour window, a template message outside it, SMS when there is no openid.</summary>
public static class ChannelChooser
{
    public static readonly TimeSpan CustomerServiceWindow = TimeSpan.FromHours(48);

    /// <returns>null when the person cannot be reached at all.</returns>
    public static (OutboxChannel Channel, string Address)? Choose(Person person, DateTime utcNow)
    {
        if (person.OpenId is { } openId)
        {
            if (person.LastWeChatAt is { } last && utcNow - last < CustomerServiceWindow)
            {
                return (OutboxChannel.WeChatCustom, openId);
            }

            if (person.Phone is null || person.PreferredChannel == Channel.WeChat)
            {
                return (OutboxChannel.WeChatTemplate, openId);
            }
        }

        return person.Phone is { } phone ? (OutboxChannel.Sms, phone) : null;
    }
}
