using System.Security;
using System.Text;

namespace ZeroWork.Bot.WeChat.Replies;

/// <summary>Text for WeChat reply XML: CDATA sections as WeChat's own samples use, with <c>]]&gt;</c> split and characters XML 1.0 forbids removed.</summary>
public static class Cdata
{
    public static string Wrap(string? text) => "<![CDATA[" + Clean(text).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal) + "]]>";

    /// <summary>Plain escaped text, for numeric fields.</summary>
    public static string Escape(string? text) => SecurityElement.Escape(Clean(text));

    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.Any(c => !IsXmlChar(c)))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c) && !char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uFFFD');
}
