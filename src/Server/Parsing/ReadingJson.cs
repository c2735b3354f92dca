using System.Text.Encodings.Web;
using System.Text.Json;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Server.Parsing;

/// <summary>Writes a reading as one line of the parse contract: snake_case, every field present, null when absent.</summary>
internal static class ReadingJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <param name="rawId">The input's id as raw JSON (a string or a number), echoed as it came.</param>
    public static void Write(Utf8JsonWriter w, string? rawId, Reading r, string? error = null)
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        if (rawId is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(rawId, skipInputValidation: true);
        }

        if (error is not null)
        {
            w.WriteString("error", error);
        }

        w.WriteString("intent", r.Intent);
        w.WriteStartArray("skills");
        foreach (var s in r.Skills)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        Number(w, "headcount", r.Headcount);
        Number(w, "pay_min", r.PayMin);
        Number(w, "pay_max", r.PayMax);
        Text(w, "pay_unit", r.PayUnit);
        Text(w, "date", r.Date);
        Text(w, "time", r.Time);
        Text(w, "district", r.District);
        Text(w, "place", r.Place);
        Text(w, "phone", r.Phone);
        Text(w, "name", r.Name);
        Number(w, "age", r.Age);
        if (r.Lng is { } lng && r.Lat is { } lat)
        {
            w.WriteNumber("lng", Math.Round(lng, 6));
            w.WriteNumber("lat", Math.Round(lat, 6));
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v.Scale > 0 ? v / 1.000000000000000000000000000000000m : v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
