using System.Text.Json.Serialization;

namespace ZeroWork.Server.Bench;

/// <summary>What <c>zerowork bench load</c> prints: all requests, and each kind (wechat-plain, wechat-safe, sms) alone.</summary>
public sealed record LoadReport(
    [property: JsonPropertyName("all")] HookRunResult All,
    [property: JsonPropertyName("byKind")] IReadOnlyDictionary<string, HookRunResult> ByKind,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("concurrency")] int Concurrency,
    [property: JsonPropertyName("people")] int People);
