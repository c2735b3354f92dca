using System.Globalization;
using System.Text.Json;

namespace ZeroWork.Bot.Understanding.Evaluation;

/// <summary>
/// Scores a reader on a labelled set exactly as <c>eval/score.py</c> does (see <c>specs/parse-contract.md</c>, Scoring): a gold
/// slot is a non-empty labelled field, a predicted slot a non-empty reading; skills compare as sets, place when either string
/// contains the other, numbers by value, the rest as text. A later line with the same id replaces the earlier one, as there.
/// </summary>
public static class LabelledSetScorer
{
    public static readonly IReadOnlyList<string> Fields = ["skills", "headcount", "pay_min", "pay_max", "pay_unit", "date", "time", "district", "place", "phone", "name", "age"];

    /// <param name="lines">JSON lines with <c>id</c>, <c>channel</c>, <c>text</c>, <c>now</c> and <c>gold</c>.</param>
    public static SetScore Score(IMessageReader reader, IEnumerable<string> lines)
    {
        var rows = new List<(string Id, string Text, Reading Reading, JsonElement Gold)>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var row = JsonDocument.Parse(line).RootElement;
            var id = row.GetProperty("id").ToString();
            var text = row.GetProperty("text").GetString() ?? string.Empty;
            var channel = row.TryGetProperty("channel", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "sms";
            var now = DateTimeOffset.Parse(row.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
            var entry = (id, text, reader.Read(text, channel, now), row.GetProperty("gold"));
            if (at.TryGetValue(id, out var k))
            {
                rows[k] = entry;
            }
            else
            {
                at[id] = rows.Count;
                rows.Add(entry);
            }
        }

        var tally = Fields.ToDictionary(f => f, _ => new int[3]);
        var errors = new List<ScoreError>();
        var intentRight = 0;
        foreach (var (id, text, reading, gold) in rows)
        {
            var goldIntent = gold.TryGetProperty("intent", out var gi) ? gi.GetString() : null;
            if (goldIntent == reading.Intent)
            {
                intentRight++;
            }
            else
            {
                errors.Add(new ScoreError(id, "intent", Show(gi), Show(reading.Intent), text));
            }

            foreach (var field in Fields)
            {
                var gv = gold.TryGetProperty(field, out var g) ? g : default;
                var rv = Value(reading, field);
                var t = tally[field];
                if (!IsEmpty(rv))
                {
                    t[1]++;
                }

                if (!IsEmpty(gv))
                {
                    t[2]++;
                    if (!IsEmpty(rv) && Same(field, gv, rv!))
                    {
                        t[0]++;
                        continue;
                    }
                }

                if (!(IsEmpty(gv) && IsEmpty(rv)))
                {
                    errors.Add(new ScoreError(id, field, Show(gv), Show(rv), text));
                }
            }
        }

        return new SetScore([.. Fields.Select(f => new FieldScore(f, tally[f][0], tally[f][1], tally[f][2]))], intentRight, rows.Count, errors);
    }

    /// <summary>A reading's value for a contract field, typed as the reading holds it.</summary>
    public static object? Value(Reading r, string field) => field switch
    {
        "skills" => r.Skills,
        "headcount" => r.Headcount,
        "pay_min" => r.PayMin,
        "pay_max" => r.PayMax,
        "pay_unit" => r.PayUnit,
        "date" => r.Date,
        "time" => r.Time,
        "district" => r.District,
        "place" => r.Place,
        "phone" => r.Phone,
        "name" => r.Name,
        "age" => r.Age,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a field of the parse contract"),
    };

    private static bool IsEmpty(JsonElement v) => v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
        || (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 0)
        || (v.ValueKind == JsonValueKind.String && v.GetString()!.Length == 0);

    private static bool IsEmpty(object? v) => v is null or IReadOnlyList<string> { Count: 0 } or "";

    private static bool Same(string field, JsonElement gold, object got)
    {
        if (field == "skills")
        {
            var want = gold.ValueKind == JsonValueKind.Array ? gold.EnumerateArray().Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal) : [];
            return want.SetEquals(got as IReadOnlyList<string> ?? []);
        }

        var gotText = Convert.ToString(got, CultureInfo.InvariantCulture) ?? string.Empty;
        if (field == "place")
        {
            var g = gold.ToString();
            return g.Contains(gotText, StringComparison.Ordinal) || gotText.Contains(g, StringComparison.Ordinal);
        }

        if (gold.ValueKind == JsonValueKind.Number)
        {
            return double.TryParse(gotText, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == gold.GetDouble();
        }

        return gold.ToString() == gotText;
    }

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => "None",
        JsonValueKind.String => $"'{v.GetString()}'",
        JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(Show)) + "]",
        _ => v.GetRawText(),
    };

    private static string Show(object? v) => v switch
    {
        null => "None",
        string s => $"'{s}'",
        IReadOnlyList<string> list => "[" + string.Join(", ", list.Select(s => $"'{s}'")) + "]",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "None",
    };
}
