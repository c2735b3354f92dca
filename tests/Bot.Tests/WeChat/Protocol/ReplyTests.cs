using System.Text;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Bot.WeChat.Replies;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class ReplyTests
{
    [Theory]
    [InlineData("a]]>b")]
    [InlineData("]]>]]>")]
    [InlineData("<xml>&amp;</xml>")]
    [InlineData("第一行\n第二行")]
    public void Reply_content_survives_any_text(string content)
    {
        var fields = SafeXml.TryParse(ReplyXml.Text("openid", "gh_1", 1, content), out var error);
        Assert.True(fields is not null, error);
        Assert.Equal(content, fields["Content"]);
        Assert.Equal("openid", fields["ToUserName"]);
        Assert.Equal("gh_1", fields["FromUserName"]);
        Assert.Equal("text", fields["MsgType"]);
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped()
    {
        var fields = SafeXml.TryParse(ReplyXml.Text("o", "g", 1, "a\u0001b\u0000c\uD800d😀"), out _);
        Assert.Equal("abcd😀", fields!["Content"]);
    }

    [Fact]
    public void Short_text_is_one_chunk() => Assert.Equal(["你好"], Utf8Chunks.Split("你好", ReplyXml.MaxTextBytes));

    [Fact]
    public void Long_chinese_text_is_cut_within_2048_bytes_without_breaking_characters()
    {
        var text = string.Concat(Enumerable.Repeat("零工市场😀", 300));
        var chunks = Utf8Chunks.Split(text, ReplyXml.MaxTextBytes);
        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(Encoding.UTF8.GetByteCount(c), 1, ReplyXml.MaxTextBytes));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void A_line_break_in_the_second_half_is_preferred()
    {
        var text = new string('a', 1500) + "\n" + new string('b', 1000);
        var chunks = Utf8Chunks.Split(text, ReplyXml.MaxTextBytes);
        Assert.Equal([new string('a', 1500), new string('b', 1000)], chunks);
    }
}
