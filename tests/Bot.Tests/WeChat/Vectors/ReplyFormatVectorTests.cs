using ZeroWork.Bot.WeChat.Replies;

namespace ZeroWork.Bot.Tests.WeChat.Vectors;

/// <summary>The reply_format entries are shape examples (unverified in the file); the renderer must produce the same structure.</summary>
public sealed class ReplyFormatVectorTests
{
    [Fact]
    public void Text_reply_swaps_the_ids()
    {
        var input = WeChatVectors.ById("reply-text").GetProperty("input");
        var xml = ReplyXml.Text(input.Str("incoming_FromUserName"), input.Str("incoming_ToUserName"), input.GetProperty("now").GetInt64(), input.Str("content"));
        XmlAssert.Equivalent(WeChatVectors.ById("reply-text").GetProperty("expected").Str("xml"), xml);
    }

    [Fact]
    public void News_reply_has_one_article()
    {
        var vector = WeChatVectors.ById("reply-news-one-article");
        var input = vector.GetProperty("input");
        var a = input.GetProperty("article");
        var article = new NewsArticle(a.Str("Title"), a.Str("Description"), a.Str("Url"), a.Str("PicUrl"));
        var xml = ReplyXml.News(input.Str("incoming_FromUserName"), input.Str("incoming_ToUserName"), input.GetProperty("now").GetInt64(), article);
        XmlAssert.Equivalent(vector.GetProperty("expected").Str("xml"), xml);
    }

    [Fact]
    public void Ack_is_one_of_the_allowed_bodies()
    {
        var options = WeChatVectors.ById("reply-ack").GetProperty("expected").GetProperty("body_options").EnumerateArray().Select(o => o.GetString());
        Assert.Contains(ReplyXml.Ack, options);
    }
}
