using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.People;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary>A typed WeChat message as the channel-neutral envelope the conversation handler reads.</summary>
public static class EnvelopeMapper
{
    public const string KeyPrefix = "wx:";

    public static InboundEnvelope ToEnvelope(WeChatMessage message)
    {
        var envelope = new InboundEnvelope
        {
            Channel = Channel.WeChat,
            From = message.FromUserName,
            DedupeKey = DedupeKey(message),
            Kind = message.MsgType,
        };
        return message switch
        {
            TextMessage text => envelope with { Text = text.Content },
            VoiceMessage voice => envelope with { Text = string.IsNullOrWhiteSpace(voice.Recognition) ? null : voice.Recognition.Trim() },
            LocationMessage pin => envelope with { Location = new GeoPoint(lng: pin.Longitude, lat: pin.Latitude), Label = pin.Label },
            LinkMessage link => envelope with { Text = string.Join(' ', new[] { link.Title, link.Url }.Where(s => !string.IsNullOrWhiteSpace(s))) },
            EventMessage e => envelope with
            {
                Event = e.Event,
                EventKey = string.IsNullOrEmpty(e.EventKey) ? null : e.EventKey,
                Location = e is { Latitude: { } lat, Longitude: { } lng } ? new GeoPoint(lng: lng, lat: lat) : null,
            },
            _ => envelope,
        };
    }

    /// <summary>What a WeChat retry repeats: the MsgId, or for events the sender, time and event (with its key, so two clicks in one second stay apart).</summary>
    public static string DedupeKey(WeChatMessage message) => message switch
    {
        EventMessage e => KeyPrefix + e.FromUserName + "|" + Invariant(e.CreateTime) + "|" + e.Event + (string.IsNullOrEmpty(e.EventKey) ? "" : "|" + e.EventKey),
        { MsgId: { } id } => KeyPrefix + id,
        _ => KeyPrefix + message.FromUserName + "|" + Invariant(message.CreateTime) + "|" + message.MsgType,
    };

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
