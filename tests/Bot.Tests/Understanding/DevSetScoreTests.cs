using System.Globalization;
using System.Text.Json;
using ZeroWork.Bot.Understanding;
using ZeroWork.Tests.Common;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Runs the labelled dev set through the reader and scores it as <c>eval/score.py</c> does.</summary>
public sealed class DevSetScoreTests
{
    private static readonly string[] Fields = ["skills", "headcount", "pay_min", "pay_max", "pay_unit", "date", "time", "district", "place", "phone", "name", "age"];

    [Fact]
    public void Dev_set_scores_above_the_floor()
    {
        var reader = new MessageReader();
        int right = 0, predicted = 0, gold = 0, intentsRight = 0, total = 0;
        foreach (var line in File.ReadLines(SharedFolder.File("eval", "dev.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var row = doc.RootElement;
            var g = row.GetProperty("gold");
            var now = DateTimeOffset.Parse(row.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
            var r = reader.Read(row.GetProperty("text").GetString()!, row.GetProperty("channel").GetString()!, now);
            total++;
            if (g.GetProperty("intent").GetString() == r.Intent)
            {
                intentsRight++;
            }

            foreach (var field in Fields)
            {
                var gv = g.GetProperty(field);
                var rv = Value(r, field);
                var goldEmpty = gv.ValueKind == JsonValueKind.Null || (gv.ValueKind == JsonValueKind.Array && gv.GetArrayLength() == 0);
                var predEmpty = rv is null || (rv is IReadOnlyList<string> list && list.Count == 0) || (rv is string s && s.Length == 0);
                predicted += predEmpty ? 0 : 1;
                if (!goldEmpty)
                {
                    gold++;
                    if (!predEmpty && Same(field, gv, rv!))
                    {
                        right++;
                    }
                }
            }
        }

        var precision = (double)right / predicted;
        var recall = (double)right / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        var accuracy = (double)intentsRight / total;
        Assert.True(f1 >= 0.97, $"slot F1 {f1:0.000}");
        Assert.True(accuracy >= 0.96, $"intent accuracy {accuracy:0.000}");
    }

    private static object? Value(Reading r, string field) => field switch
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
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static bool Same(string field, JsonElement gold, object got)
    {
        if (field == "skills")
        {
            var g = gold.EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            return g.SetEquals((IReadOnlyList<string>)got);
        }

        if (field == "place")
        {
            var g = gold.GetString()!;
            var p = (string)got;
            return g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal);
        }

        return gold.ValueKind == JsonValueKind.Number
            ? Convert.ToDecimal(got, CultureInfo.InvariantCulture) == gold.GetDecimal()
            : gold.GetString() == Convert.ToString(got, CultureInfo.InvariantCulture);
    }
}
