using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class SafeXmlTests
{
    [Theory]
    [InlineData("<!DOCTYPE xml><xml><Content>a</Content></xml>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Content>&e;</Content></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><xml><Content>&c;</Content></xml>")]
    [InlineData("<!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/evil.dtd\"><xml/>")]
    public void Any_doctype_is_refused(string xml)
    {
        Assert.Null(SafeXml.TryParse(xml, out var error));
        Assert.Equal("DOCTYPE not allowed", error);
    }

    [Fact]
    public void Elements_in_any_order_with_cdata_or_plain_text()
    {
        var fields = SafeXml.TryParse(
            "<xml>\n  <MsgId>7</MsgId>\n  <Content>\n    <![CDATA[你好 <b>]]>\n  </Content><FromUserName>plain &amp; escaped</FromUserName><Empty/><Spaces>  </Spaces></xml>",
            out _);
        Assert.NotNull(fields);
        Assert.Equal("7", fields["MsgId"]);
        Assert.Equal("你好 <b>", fields["Content"]);
        Assert.Equal("plain & escaped", fields["FromUserName"]);
        Assert.Equal("", fields["Empty"]);
        Assert.Equal("  ", fields["Spaces"]);
        Assert.Null(fields["Missing"]);
    }

    [Fact]
    public void Nested_structures_are_skipped_not_refused()
    {
        var fields = SafeXml.TryParse("<xml><Event>scancode_push</Event><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo><EventKey>k</EventKey></xml>", out _);
        Assert.NotNull(fields);
        Assert.Equal("", fields["ScanCodeInfo"]);
        Assert.Equal("k", fields["EventKey"]);
    }

    [Theory]
    [InlineData("", "malformed XML")]
    [InlineData("hello", "malformed XML")]
    [InlineData("{\"ToUserName\":\"gh\"}", "malformed XML")]
    [InlineData("<xml><Content>a</Content>", "malformed XML")]
    [InlineData("<xml/><xml/>", "malformed XML")]
    [InlineData("<root><Content>a</Content></root>", "root element must be <xml>")]
    [InlineData("<xml><MsgId>1</MsgId><MsgId>2</MsgId></xml>", "element <MsgId> repeated")]
    public void Malformed_documents_are_refused(string xml, string reason)
    {
        Assert.Null(SafeXml.TryParse(xml, out var error));
        Assert.Equal(reason, error);
    }
}
