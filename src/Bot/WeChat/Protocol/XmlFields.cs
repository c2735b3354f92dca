using System.Globalization;

namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>The direct children of a WeChat <c>&lt;xml&gt;</c> document by element name, with their text (CDATA or plain). Order does not matter; unknown elements are kept and ignored by readers.</summary>
public sealed class XmlFields(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string? this[string name] => Values.TryGetValue(name, out var value) ? value : null;

    public bool Has(string name) => Values.ContainsKey(name);

    public long? Long(string name) =>
        long.TryParse(this[name]?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public double? Double(string name) =>
        double.TryParse(this[name]?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
