using System.Globalization;
using System.Text.Json;
using ZeroWork.Bot.WeChat.Hooks;
using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

/// <summary>Each expected value is checked twice: as the raw element text, and through the typed message the hook hands on.</summary>
internal static class ParseVectors
{
    public static void Check(JsonElement input, JsonElement expected)
    {
        var fields = SafeXml.TryParse(input.Str("xml"), out var error);
        Assert.True(fields is not null, error);
        var message = WeChatMessageParser.TryParse(fields, out error);
        Assert.True(message is not null, error);

        foreach (var property in expected.EnumerateObject())
        {
            var want = property.Value.ValueKind == JsonValueKind.Number
                ? property.Value.GetDouble().ToString(CultureInfo.InvariantCulture)
                : property.Value.GetString();
            if (fields.Has(property.Name))
            {
                Assert.Equal(want, fields[property.Name]);
            }

            Assert.Equal(want, Typed(message, property.Name));
        }
    }

    private static string? Typed(WeChatMessage message, string name) => (name, message) switch
    {
        ("ToUserName", _) => message.ToUserName,
        ("FromUserName", _) => message.FromUserName,
        ("CreateTime", _) => message.CreateTime.ToString(CultureInfo.InvariantCulture),
        ("MsgType", _) => message.MsgType,
        ("MsgId", _) => message.MsgId,
        ("Content", TextMessage m) => m.Content,
        ("PicUrl", ImageMessage m) => m.PicUrl,
        ("MediaId", ImageMessage m) => m.MediaId,
        ("MediaId", VoiceMessage m) => m.MediaId,
        ("Format", VoiceMessage m) => m.Format,
        ("Recognition", VoiceMessage m) => m.Recognition,
        ("Location_X" or "latitude", LocationMessage m) => m.Latitude.ToString(CultureInfo.InvariantCulture),
        ("Location_Y" or "longitude", LocationMessage m) => m.Longitude.ToString(CultureInfo.InvariantCulture),
        ("Scale", LocationMessage m) => m.Scale?.ToString(CultureInfo.InvariantCulture),
        ("Label", LocationMessage m) => m.Label,
        ("Title", LinkMessage m) => m.Title,
        ("Description", LinkMessage m) => m.Description,
        ("Url", LinkMessage m) => m.Url,
        ("Event", EventMessage m) => m.Event,
        ("EventKey", EventMessage m) => m.EventKey,
        ("Ticket", EventMessage m) => m.Ticket,
        ("scene", EventMessage m) => m.Scene,
        ("MenuId", EventMessage m) => m.MenuId,
        ("Latitude", EventMessage m) => m.Fields["Latitude"] is var raw && m.Latitude == double.Parse(raw!, CultureInfo.InvariantCulture) ? raw : null,
        ("Longitude", EventMessage m) => m.Fields["Longitude"] is var raw && m.Longitude == double.Parse(raw!, CultureInfo.InvariantCulture) ? raw : null,
        ("Precision", EventMessage m) => m.Fields["Precision"] is var raw && m.Precision == double.Parse(raw!, CultureInfo.InvariantCulture) ? raw : null,

        // The spec's key is FromUserName|CreateTime; ours adds the event so two events in one second stay apart.
        ("dedupe_key", EventMessage m) => EnvelopeMapper.DedupeKey(m) == $"{EnvelopeMapper.KeyPrefix}{m.FromUserName}|{m.CreateTime}|{m.Event}" ? $"{m.FromUserName}|{m.CreateTime}" : null,
        _ => throw new InvalidOperationException($"no typed check for '{name}' on {message.GetType().Name}"),
    };
}
