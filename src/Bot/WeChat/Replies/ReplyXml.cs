using System.Globalization;

namespace ZeroWork.Bot.WeChat.Replies;

/// <summary>Passive replies. The ids are swapped: the reply goes to the incoming sender (openid) from the incoming recipient (the account's gh_ id).</summary>
public static class ReplyXml
{
    public const string Ack = "success";

    /// <summary>Longest text <c>Content</c> WeChat accepts, in UTF-8 bytes.</summary>
    public const int MaxTextBytes = 2048;

    public static string Text(string incomingFrom, string incomingTo, long createTime, string content) =>
        Head(incomingFrom, incomingTo, createTime, "text")
        + "<Content>" + Cdata.Wrap(content) + "</Content>"
        + "</xml>";

    public static string News(string incomingFrom, string incomingTo, long createTime, NewsArticle article) =>
        Head(incomingFrom, incomingTo, createTime, "news")
        + "<ArticleCount>1</ArticleCount><Articles><item>"
        + "<Title>" + Cdata.Wrap(article.Title) + "</Title>"
        + "<Description>" + Cdata.Wrap(article.Description) + "</Description>"
        + "<PicUrl>" + Cdata.Wrap(article.PicUrl) + "</PicUrl>"
        + "<Url>" + Cdata.Wrap(article.Url) + "</Url>"
        + "</item></Articles></xml>";

    private static string Head(string incomingFrom, string incomingTo, long createTime, string type) =>
        "<xml>"
        + "<ToUserName>" + Cdata.Wrap(incomingFrom) + "</ToUserName>"
        + "<FromUserName>" + Cdata.Wrap(incomingTo) + "</FromUserName>"
        + "<CreateTime>" + createTime.ToString(CultureInfo.InvariantCulture) + "</CreateTime>"
        + "<MsgType>" + Cdata.Wrap(type) + "</MsgType>";
}
