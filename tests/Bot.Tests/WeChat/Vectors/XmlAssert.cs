using System.Xml.Linq;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

/// <summary>Compares XML by structure: element names in order and text values, whether written as CDATA or plain text, ignoring layout whitespace.</summary>
internal static class XmlAssert
{
    public static void Equivalent(string expected, string actual) =>
        Assert.Equal(Shape(XElement.Parse(expected)), Shape(XElement.Parse(actual)));

    private static string Shape(XElement e) => e.HasElements
        ? $"<{e.Name}>" + string.Concat(e.Elements().Select(Shape)) + $"</{e.Name}>"
        : $"<{e.Name}>{e.Value}</{e.Name}>";
}
