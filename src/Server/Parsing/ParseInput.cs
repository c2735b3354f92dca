using System.Globalization;
using System.Text.Json;

namespace ZeroWork.Server.Parsing;

/// <summary>One input line of <c>zerowork parse</c>: id (kept as raw JSON so it is echoed exactly), channel, text, now.</summary>
internal sealed record ParseInput(string? Id, string Channel, string Text, DateTimeOffset Now)
{
    /// <summary>Reads a line; on failure returns the error and whatever id could be read.</summary>
    public static (ParseInput? Input, string? Id, string? Error) FromLine(string line, DateTimeOffset fallbackNow)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return (null, null, $"not JSON: {ex.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, "not a JSON object");
            }

            string? id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idEl.GetRawText() : null;

            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            {
                return (null, id, "missing string field 'text'");
            }

            var channel = root.TryGetProperty("channel", out var chEl) && chEl.ValueKind == JsonValueKind.String ? chEl.GetString()! : "sms";
            var now = fallbackNow;
            if (root.TryGetProperty("now", out var nowEl) && nowEl.ValueKind != JsonValueKind.Null)
            {
                if (nowEl.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(nowEl.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out now))
                {
                    return (null, id, "field 'now' is not an ISO-8601 time with offset");
                }
            }

            return (new ParseInput(id, channel, textEl.GetString()!, now), id, null);
        }
    }
}
