using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Planning;

public sealed class PushTextTests
{
    private static readonly JobPost Typical = new()
    {
        Id = 1234,
        Skills = ["bricklayer"],
        PayMin = 200,
        PayMax = 200,
        PayUnit = "day",
        WorkDate = "2026-11-27",
        StartTime = "07:30",
        PlaceText = "七里河",
        Point = Geo.Fancheng,
    };

    [Fact]
    public void A_typical_push_fits_one_SMS_and_says_what_when_pay_distance_place_and_link()
    {
        var variables = PushText.Variables(Typical, 820, Typical.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), MapLinks.ShortPrefix("http://localhost:5080"), "2026-11-26");
        var text = MessageTemplates.JobPush.Render(variables, MapLinks.ShortPrefix("http://localhost:5080"));

        Assert.DoesNotContain(variables, v => v.Contains("http", StringComparison.Ordinal));
        Assert.True(SmsSegments.Count(PushText.AssumedSignature, text) == 1, $"{text.Length} chars: {text}");
        Assert.Contains("瓦工", text, StringComparison.Ordinal);
        Assert.Contains("明天7:30", text, StringComparison.Ordinal);
        Assert.Contains("日薪200", text, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/go/1234", text, StringComparison.Ordinal);
        Assert.EndsWith("回1接单 回2不去 T退订", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_short_public_address_the_push_keeps_place_and_distance()
    {
        var prefix = MapLinks.ShortPrefix("https://lg.xy.cn");
        var text = MessageTemplates.JobPush.Render(PushText.Variables(Typical with { Id = 12 }, 820, "12", prefix, "2026-11-26"), prefix);

        Assert.True(SmsSegments.Count(PushText.AssumedSignature, text) == 1, $"{text.Length} chars: {text}");
        Assert.Contains("820米", text, StringComparison.Ordinal);
        Assert.Contains("七里河", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wechat_push_has_room_for_everything()
    {
        var variables = PushText.Variables(Typical, 820, "https://uri.amap.com/marker?position=112.135,32.045", "", "2026-11-26");

        Assert.Contains("七里河", variables[2], StringComparison.Ordinal);
        Assert.Contains("820米", variables[3], StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_place_and_a_pay_range_give_up_place_characters_to_stay_in_one_SMS()
    {
        var job = Typical with { PlaceText = "樊城区七里河路中段工地", PayMin = 180, PayMax = 220 };
        var text = MessageTemplates.JobPush.Render(PushText.Variables(job, 820, job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), MapLinks.ShortPrefix("http://localhost:5080"), "2026-11-26"), MapLinks.ShortPrefix("http://localhost:5080"));

        Assert.True(SmsSegments.Count(PushText.AssumedSignature, text) == 1, $"{text.Length} chars: {text}");
        Assert.Contains("日薪180-220", text, StringComparison.Ordinal);
        Assert.Contains("/go/1234", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_for_day_pay_and_distance()
    {
        Assert.Equal("今天", JobWords.When(Typical with { WorkDate = "2026-11-26", StartTime = null }, "2026-11-26"));
        Assert.Equal("12月3日8:00", JobWords.When(Typical with { WorkDate = "2026-12-03", StartTime = "08:00" }, "2026-11-26"));
        Assert.Equal("时薪25", JobWords.Pay(Typical with { PayMin = 25, PayMax = null, PayUnit = "hour" }));
        Assert.Equal("面议", JobWords.Pay(Typical with { PayMin = null, PayMax = null }));
        Assert.Equal("1.2公里", JobWords.Distance(1234));
        Assert.Equal("90米", JobWords.Distance(91));
    }

    [Fact]
    public void The_map_link_is_an_Amap_marker_with_the_GCJ02_point_and_the_name()
    {
        var uri = ZeroWork.Market.Geography.NavigationLink.Amap(Geo.Fancheng, "七里河");

        Assert.Equal("https://uri.amap.com/marker?position=112.135,32.045&name=%E4%B8%83%E9%87%8C%E6%B2%B3&coordinate=gaode", uri);
    }
}
