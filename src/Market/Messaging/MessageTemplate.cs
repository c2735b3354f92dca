namespace ZeroWork.Market.Messaging;

/// <summary>A pre-approved text with variables {1}…{n}; the provider's template id comes from configuration by <see cref="Name"/>.</summary>
public sealed record MessageTemplate(string Name, string Text)
{
    public string Render(IReadOnlyList<string> variables)
    {
        var text = Text;
        for (var i = variables.Count; i >= 1; i--)
        {
            text = text.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", variables[i - 1], StringComparison.Ordinal);
        }

        return text;
    }
}
