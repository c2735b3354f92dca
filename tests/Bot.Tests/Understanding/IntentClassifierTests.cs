using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class IntentClassifierTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("1", Intents.Accept)]
    [InlineData("2", Intents.Decline)]
    [InlineData("0", Intents.Help)]
    [InlineData("T", Intents.Unsubscribe)]
    [InlineData("td", Intents.Unsubscribe)]
    [InlineData("退订", Intents.Unsubscribe)]
    [InlineData("１", Intents.Accept)]
    [InlineData("1 马上出发", Intents.Accept)]
    [InlineData("行 我下午到", Intents.Accept)]
    [InlineData("接了 地址发我", Intents.Accept)]
    [InlineData("家里有事 去不了", Intents.Decline)]
    [InlineData("路太远了 不去", Intents.Decline)]
    [InlineData("搬运的人已经找到了", Intents.ClosePost)]
    [InlineData("招满了 谢谢", Intents.ClosePost)]
    [InlineData("明早7点檀溪路工地要俩小工 180一天", Intents.PostJob)]
    [InlineData("找两个刷墙的师傅 价钱好说", Intents.PostJob)]
    [InlineData("保安 60岁以内 月薪2800 樊城", Intents.PostJob)]
    [InlineData("水暖 两个 枣阳 一天300", Intents.PostJob)]
    [InlineData("明天有空 会瓦工 住七里河 一天两百", Intents.OfferWork)]
    [InlineData("我姓刘 58岁 会开叉车 找长期的活", Intents.OfferWork)]
    [InlineData("想找个扫地的事做", Intents.OfferWork)]
    [InlineData("樊城这边有没有电焊的活", Intents.SearchJobs)]
    [InlineData("请问哪里招采茶的", Intents.SearchJobs)]
    [InlineData("搜 保洁", Intents.SearchJobs)]
    [InlineData("包工头跑了 三个月工钱没拿到", Intents.ConsultRights)]
    [InlineData("在厂里手被机器压伤了 老板不管", Intents.ConsultRights)]
    [InlineData("灵活就业社保一年交多少", Intents.ConsultPolicy)]
    [InlineData("有没有一次性创业补贴", Intents.ConsultPolicy)]
    [InlineData("想学叉车 哪里有培训", Intents.Training)]
    [InlineData("不要再给我发短信了", Intents.Unsubscribe)]
    [InlineData("你好", Intents.Help)]
    [InlineData("发错了", Intents.Other)]
    [InlineData("你们这招人吗", Intents.SearchJobs)]
    [InlineData("天津滨海新区 汽车配件厂普工 时薪20-25元 长白班", Intents.PostJob)]
    [InlineData("求职：本人男，35岁，有C1驾照，求司机工作，期望薪资5000", Intents.OfferWork)]
    public void Reads_intent(string text, string intent) => Assert.Equal(intent, Reader.Read(text, "sms", Now).Intent);
}
