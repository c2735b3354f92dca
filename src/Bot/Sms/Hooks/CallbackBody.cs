using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ZeroWork.Bot.Sms.Hooks;

/// <summary>Reads a callback body with a hard cap, so a huge body costs at most <see cref="MaxBytes"/> of memory and gets 413.</summary>
public static class CallbackBody
{
    public const int MaxBytes = 256 * 1024;

    /// <returns>The parsed document, or the status code to answer with (413 too large, 400 not JSON).</returns>
    public static async Task<(JsonDocument? Document, int Status)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        // The JSON reader checks the UTF-8 inside strings only when a string is read, which would throw in the item parsers.
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            return (null, StatusCodes.Status400BadRequest);
        }

        try
        {
            return (JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 }), StatusCodes.Status200OK);
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>Tencent documents an array for receipts and an object for replies; accept either for both.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray(),
        JsonValueKind.Object => [root],
        _ => [],
    };

    /// <summary>A field as text whether Tencent sent it as a string or a number; null when absent or of another kind.</summary>
    public static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
