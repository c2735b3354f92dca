using ZeroWork.Bot.WeChat.Hooks;
using ZeroWork.Bot.WeChat.Messages;
using ZeroWork.Bot.WeChat.Protocol;
using ZeroWork.Market.People;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class MessageParsingTests
{
    private const string Head = "<ToUserName>gh_1</ToUserName><FromUserName>o_user</FromUserName><CreateTime>1700000000</CreateTime>";

    [Theory]
    [InlineData("<xml><MsgType>text</MsgType><Content>x</Content></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName></FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml>" + Head + "<MsgType>text</MsgType><MsgId>12ab</MsgId></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName><CreateTime>soon</CreateTime><MsgType>text</MsgType></xml>")]
    [InlineData("<xml>" + Head + "<MsgType>location</MsgType><Location_X>123.1</Location_X><Location_Y>32.0</Location_Y></xml>")]
    [InlineData("<xml>" + Head + "<MsgType>location</MsgType><Location_X>NaN</Location_X><Location_Y>112.1</Location_Y></xml>")]
    [InlineData("<xml>" + Head + "<MsgType>event</MsgType></xml>")]
    public void Incomplete_or_impossible_messages_are_refused(string xml)
    {
        Assert.Null(WeChatMessageParser.TryParse(SafeXml.TryParse(xml, out _)!, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Location_x_is_latitude_and_the_envelope_point_is_longitude_first()
    {
        var envelope = Envelope("<MsgType>location</MsgType><Location_Y>112.144146</Location_Y><Location_X>32.042426</Location_X><Scale>15</Scale><Label><![CDATA[襄阳市樊城区]]></Label><MsgId>42</MsgId>");
        Assert.Equal("location", envelope.Kind);
        Assert.Equal(112.144146, envelope.Location!.Lng);
        Assert.Equal(32.042426, envelope.Location.Lat);
        Assert.Equal("襄阳市樊城区", envelope.Label);
        Assert.Equal("wx:42", envelope.DedupeKey);
    }

    [Fact]
    public void Text_carries_content_sender_and_msgid()
    {
        var envelope = Envelope("<MsgType>text</MsgType><Content>搜 电工</Content><MsgId>6054768590064713728</MsgId>");
        Assert.Equal(Channel.WeChat, envelope.Channel);
        Assert.Equal("o_user", envelope.From);
        Assert.Equal("text", envelope.Kind);
        Assert.Equal("搜 电工", envelope.Text);
        Assert.Equal("wx:6054768590064713728", envelope.DedupeKey);
    }

    [Theory]
    [InlineData("<Recognition>明天要两个小工</Recognition>", "明天要两个小工")]
    [InlineData("<Recognition></Recognition>", null)]
    [InlineData("<Recognition>  </Recognition>", null)]
    [InlineData("", null)]
    public void Voice_uses_recognition_only_when_there_is_some(string recognition, string? text)
    {
        var envelope = Envelope("<MsgType>voice</MsgType><MediaId>m</MediaId><Format>amr</Format><MsgId>1</MsgId>" + recognition);
        Assert.Equal("voice", envelope.Kind);
        Assert.Equal(text, envelope.Text);
    }

    [Fact]
    public void Image_and_link_keep_their_kind()
    {
        Assert.Equal("image", Envelope("<MsgType>image</MsgType><PicUrl>u</PicUrl><MsgId>1</MsgId>").Kind);
        var link = Envelope("<MsgType>link</MsgType><Title>招工</Title><Url>https://example.com/a</Url><MsgId>2</MsgId>");
        Assert.Equal("link", link.Kind);
        Assert.Equal("招工 https://example.com/a", link.Text);
    }

    [Fact]
    public void Video_is_kept_as_another_kind()
    {
        var message = WeChatMessageParser.TryParse(SafeXml.TryParse("<xml>" + Head + "<MsgType>video</MsgType><MsgId>3</MsgId></xml>", out _)!, out _);
        Assert.IsType<OtherMessage>(message);
        Assert.Equal("video", EnvelopeMapper.ToEnvelope(message!).Kind);
    }

    [Fact]
    public void Events_dedupe_on_sender_time_event_and_key()
    {
        var click = Envelope("<MsgType>event</MsgType><Event>CLICK</Event><EventKey>MENU_FIND_WORK</EventKey>");
        Assert.Equal("event", click.Kind);
        Assert.Equal("CLICK", click.Event);
        Assert.Equal("MENU_FIND_WORK", click.EventKey);
        Assert.Equal("wx:o_user|1700000000|CLICK|MENU_FIND_WORK", click.DedupeKey);

        var subscribe = Envelope("<MsgType>event</MsgType><Event>subscribe</Event>");
        Assert.Equal("wx:o_user|1700000000|subscribe", subscribe.DedupeKey);
        Assert.Null(subscribe.EventKey);
    }

    [Fact]
    public void Location_event_carries_the_point()
    {
        var envelope = Envelope("<MsgType>event</MsgType><Event>LOCATION</Event><Latitude>32.0</Latitude><Longitude>112.1</Longitude><Precision>30</Precision>");
        Assert.Equal(112.1, envelope.Location!.Lng);
        Assert.Equal(32.0, envelope.Location.Lat);
        Assert.True(WeChatEvents.AcknowledgeOnly(envelope.Event));
    }

    [Theory]
    [InlineData("LOCATION", true)]
    [InlineData("unsubscribe", true)]
    [InlineData("VIEW", true)]
    [InlineData("subscribe", false)]
    [InlineData("CLICK", false)]
    [InlineData("SCAN", false)]
    [InlineData("location", false)]
    public void Only_location_unsubscribe_and_view_are_acknowledge_only(string name, bool ackOnly) =>
        Assert.Equal(ackOnly, WeChatEvents.AcknowledgeOnly(name));

    private static Market.Conversations.InboundEnvelope Envelope(string body)
    {
        var message = WeChatMessageParser.TryParse(SafeXml.TryParse("<xml>" + Head + body + "</xml>", out _)!, out var error);
        Assert.True(message is not null, error);
        return EnvelopeMapper.ToEnvelope(message);
    }
}
