namespace ZeroWork.Market.Messaging;

/// <summary>A pre-approved text with variables {1}…{n}; the provider's template id comes from configuration by <see cref="Name"/>. <c>{link}</c> marks the deployment's fixed link prefix (e.g. <c>https://host/go/</c>): providers forbid URLs in variables, so the approved text carries the prefix and a variable carries only the short code.</summary>
public sealed record MessageTemplate(string Name, string Text)
{
    public const string LinkPlaceholder = "{link}";

    public string Render(IReadOnlyList<string> variables, string? linkPrefix = null)
    {
        var text = Text.Replace(LinkPlaceholder, linkPrefix ?? "", StringComparison.Ordinal);
        for (var i = variables.Count; i >= 1; i--)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", variables[i - 1], StringComparison.Ordinal);
        }

        return text;
    }
}
