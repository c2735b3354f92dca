using System.Globalization;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.WeChat.Messages;

/// <summary>Turns the fields of a (decrypted) message into a typed message, checking what the protocol guarantees: sender, recipient, type, time, and a numeric MsgId.</summary>
public static class WeChatMessageParser
{
    public static WeChatMessage? TryParse(XmlFields fields, out string? error)
    {
        error = null;
        var from = fields["FromUserName"]?.Trim();
        var to = fields["ToUserName"]?.Trim();
        var type = fields["MsgType"]?.Trim();
        var created = fields.Long("CreateTime");
        var msgId = fields["MsgId"]?.Trim();
        if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to) || string.IsNullOrEmpty(type) || created is null)
        {
            error = "FromUserName, ToUserName, MsgType and CreateTime are required";
            return null;
        }

        if (string.IsNullOrEmpty(msgId))
        {
            msgId = null;
        }
        else if (msgId.Length > 20 || !msgId.All(char.IsAsciiDigit))
        {
            error = "MsgId must be a number";
            return null;
        }

        return type switch
        {
            "text" => new TextMessage { ToUserName = to, FromUserName = from, CreateTime = created.Value, MsgType = type, MsgId = msgId, Fields = fields, Content = fields["Content"] ?? "" },
            "image" => new ImageMessage { ToUserName = to, FromUserName = from, CreateTime = created.Value, MsgType = type, MsgId = msgId, Fields = fields, PicUrl = fields["PicUrl"], MediaId = fields["MediaId"] },
            "voice" => new VoiceMessage { ToUserName = to, FromUserName = from, CreateTime = created.Value, MsgType = type, MsgId = msgId, Fields = fields, MediaId = fields["MediaId"], Format = fields["Format"], Recognition = fields["Recognition"] },
            "link" => new LinkMessage { ToUserName = to, FromUserName = from, CreateTime = created.Value, MsgType = type, MsgId = msgId, Fields = fields, Title = fields["Title"], Description = fields["Description"], Url = fields["Url"] },
            "location" => Location(fields, to, from, created.Value, msgId, out error),
            "event" => Event(fields, to, from, created.Value, msgId, out error),
            _ => new OtherMessage { ToUserName = to, FromUserName = from, CreateTime = created.Value, MsgType = type, MsgId = msgId, Fields = fields },
        };
    }

    private static LocationMessage? Location(XmlFields fields, string to, string from, long created, string? msgId, out string? error)
    {
        // Location_X is the latitude; swapping the two is the classic mistake.
        var lat = fields.Double("Location_X");
        var lng = fields.Double("Location_Y");
        if (lat is not (>= -90 and <= 90) || lng is not (>= -180 and <= 180))
        {
            error = "Location_X (latitude) and Location_Y (longitude) must be valid coordinates";
            return null;
        }

        error = null;
        return new LocationMessage
        {
            ToUserName = to,
            FromUserName = from,
            CreateTime = created,
            MsgType = "location",
            MsgId = msgId,
            Fields = fields,
            Latitude = lat.Value,
            Longitude = lng.Value,
            Scale = int.TryParse(fields["Scale"]?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale) ? scale : null,
            Label = fields["Label"],
        };
    }

    private static EventMessage? Event(XmlFields fields, string to, string from, long created, string? msgId, out string? error)
    {
        var name = fields["Event"]?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            error = "an event needs Event";
            return null;
        }

        error = null;
        var lat = fields.Double("Latitude");
        var lng = fields.Double("Longitude");
        var located = lat is >= -90 and <= 90 && lng is >= -180 and <= 180;
        return new EventMessage
        {
            ToUserName = to,
            FromUserName = from,
            CreateTime = created,
            MsgType = "event",
            MsgId = msgId,
            Fields = fields,
            Event = name,
            EventKey = fields["EventKey"],
            Ticket = fields["Ticket"],
            Latitude = located ? lat : null,
            Longitude = located ? lng : null,
            Precision = fields.Double("Precision"),
            MenuId = fields["MenuId"],
        };
    }
}
