using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Sms.Templates;

/// <summary>
/// Makes a value safe to put in an approved template (spec §10): no URLs or short links (a link must be fixed template
/// text, else <c>ProhibitedUseUrlInTemplateParameter</c>), no 【】 that would read as a second signature, no braces that
/// look like placeholders, none of the banned symbols, no line breaks, no characters a feature phone cannot show.
/// </summary>
public static partial class SmsVariableCleaner
{
    private const string Ellipsis = "…";

    public static string Clean(string? value, int maxLength = 0)
    {
        var text = Url().Replace(value ?? "", " ");
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
            }
            else if (rune.Value is '【' or '】')
            {
                builder.Append(rune.Value == '【' ? '[' : ']');
            }
            else if (rune.Value is '{' or '}' or '￥' or '¥' or '★' or '☆' or '☞' or '√' or '※' or '\uFFFD')
            {
                continue;
            }
            else if (!rune.IsBmp || Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.Format)
            {
                // Emoji and rare characters may bill as two and show as boxes on a feature phone.
                continue;
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        var cleaned = Spaces().Replace(builder.ToString(), " ").Trim();
        return maxLength > 0 ? Truncate(cleaned, maxLength) : cleaned;
    }

    /// <summary>Cuts to <paramref name="maxLength"/> characters (never inside a character), marking the cut with an ellipsis.</summary>
    public static string Truncate(string value, int maxLength)
    {
        var info = new StringInfo(value);
        if (info.LengthInTextElements <= maxLength)
        {
            return value;
        }

        return maxLength <= 1 ? info.SubstringByTextElements(0, maxLength) : info.SubstringByTextElements(0, maxLength - 1).TrimEnd() + Ellipsis;
    }

    public static bool ContainsUrl(string value) => Url().IsMatch(value);

    [GeneratedRegex(@"(?:https?://|www\.)\S*|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|io|me|cc|co|top|xyz|info|vip|gov|edu|ly|gl|im|site|link|url)\b(?:/\S*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
