using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

/// <summary>Wanting no more messages (unsubscribe), a filled post (close_post), and a worker who found work turning a push down.</summary>
public sealed class StopAndCloseTests
{
    private static readonly MessageReader Reader = new();

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8));

    private static string Intent(string text) => Reader.Read(text, "sms", Now).Intent;

    [Theory]
    [InlineData("不要再发了")]
    [InlineData("别再发了 烦不烦")]
    [InlineData("不用再推了")]
    [InlineData("别推了")]
    [InlineData("以后不要给我推送了")]
    [InlineData("不需要了 以后别发")]
    [InlineData("我不找活了 别给我发了")]
    [InlineData("我已经找到活了 以后不用推了")]
    [InlineData("找到活了 别再推了")]
    [InlineData("取消关注")]
    [InlineData("天天发 烦死了")]
    [InlineData("把我号码删了 不要再打扰")]
    [InlineData("不想再收到这些信息")]
    [InlineData("停止发送")]
    [InlineData("别发短信了 没用")]
    [InlineData("请勿再发")]
    [InlineData("不找活了 谢谢")]
    [InlineData("你们太烦了")]
    [InlineData("我没报名过 怎么老给我发")]
    [InlineData("怎么取消这个服务")]
    [InlineData("T 谢谢")]
    public void Stop_the_messages(string text) => Assert.Equal(Intents.Unsubscribe, Intent(text));

    [Theory]
    [InlineData("人招够了 别再推了")]
    [InlineData("人找到了 不用再发了")]
    [InlineData("此信息作废 人已招到")]
    [InlineData("信息作废")]
    [InlineData("招聘结束 谢谢")]
    [InlineData("麻烦把我发的招工删了 招到了")]
    [InlineData("我发的那个保洁的撤了吧")]
    [InlineData("工地停工了 不要人了")]
    [InlineData("已经找到了 谢谢各位老板")]
    [InlineData("这个岗位已经满了")]
    public void A_filled_or_withdrawn_post_closes(string text) => Assert.Equal(Intents.ClosePost, Intent(text));

    [Theory]
    [InlineData("找到活了")]
    [InlineData("已经找到活了 谢谢")]
    [InlineData("找到活了 不去了")]
    public void Found_work_turns_the_push_down(string text) => Assert.Equal(Intents.Decline, Intent(text));

    [Theory]
    [InlineData("T恤 批发")]
    [InlineData("TD退订 人已经招够了")]
    public void A_t_that_is_no_reply_key_or_a_stop_beside_a_filled_post_is_not_unsubscribing(string text) => Assert.NotEqual(Intents.Unsubscribe, Intent(text));

    [Fact]
    public void Asking_how_to_remove_a_post_is_help() => Assert.Equal(Intents.Help, Intent("请问一下，怎么把我发的招工信息删掉"));
}
