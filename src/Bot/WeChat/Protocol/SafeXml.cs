using System.Xml;

namespace ZeroWork.Bot.WeChat.Protocol;

/// <summary>Reads a WeChat <c>&lt;xml&gt;</c> body with no DTD processing at all: a DOCTYPE is refused outright, nothing is resolved, so XXE and entity bombs cannot happen.</summary>
public static class SafeXml
{
    public const string Root = "xml";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 1 << 20,
        CloseInput = true,
    };

    /// <summary>The top-level fields, or null with a short reason when the text is not a well-formed <c>&lt;xml&gt;</c> document, has a DOCTYPE, or repeats an element.</summary>
    public static XmlFields? TryParse(string text, out string? error)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            var fields = Read(reader, out error);
            return fields is null ? null : new XmlFields(fields);
        }
        catch (XmlException ex)
        {
            error = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? "DOCTYPE not allowed" : "malformed XML";
            return null;
        }
    }

    private static Dictionary<string, string>? Read(XmlReader reader, out string? error)
    {
        error = null;
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != Root)
        {
            error = "root element must be <xml>";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var empty = reader.IsEmptyElement;
        reader.Read();
        while (!empty && !reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 0))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName;
            var value = ReadDirectText(reader);
            if (!fields.TryAdd(name, value))
            {
                error = $"element <{name}> repeated";
                return null;
            }
        }

        // Reading to the end makes the reader reject trailing garbage after </xml>.
        while (reader.Read())
        {
        }

        return fields;
    }

    /// <summary>Text and CDATA directly inside the current element; nested structures (menu event payloads) are skipped.</summary>
    private static string ReadDirectText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        var blank = new System.Text.StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    text.Append(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    blank.Append(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    reader.Skip();
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();

        // Layout whitespace around a CDATA section is not part of the value; a value of only spaces is.
        return text.Length > 0 ? text.ToString() : blank.ToString();
    }
}
