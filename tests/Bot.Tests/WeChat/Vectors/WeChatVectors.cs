using System.Text.Json;
using ZeroWork.Tests.Common;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

/// <summary>The team's vector file, <c>shared/specs/wechat-mp-vectors.json</c>, loaded once.</summary>
internal static class WeChatVectors
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> All = new(Load);

    public static JsonElement ById(string id) => All.Value.Single(v => v.GetProperty("id").GetString() == id);

    public static TheoryData<string> Ids(bool verified, params string[] kinds)
    {
        var data = new TheoryData<string>();
        foreach (var v in All.Value.Where(v => v.GetProperty("verified").GetBoolean() == verified
                     && (kinds.Length == 0 || kinds.Contains(v.GetProperty("kind").GetString()))))
        {
            data.Add(v.GetProperty("id").GetString()!);
        }

        return data;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static string? OptStr(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    public static int? OptInt(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;

    private static IReadOnlyList<JsonElement> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("specs", "wechat-mp-vectors.json")));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
