using System.Collections;

namespace ZeroWork.Server.Hosting.Logging;

/// <summary>A log entry's state after redaction: the redacted message, and the original values with every string redacted (JSON output writes them one by one).</summary>
internal sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>>? original) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] values = original is null
        ? [new("{OriginalFormat}", message)]
        : [.. original.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value is string s ? LogRedaction.Redact(s) : p.Value))];

    public string Message => message;

    public int Count => values.Length;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;
}
