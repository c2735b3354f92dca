using ZeroWork.Bot.WeChat.Protocol;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class WeChatSignatureTests
{
    private const string Good = "f464b24fc39322e44b38aa78f5edd27bd1441696";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("F464B24FC39322E44B38AA78F5EDD27BD1441696")]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd144169")]
    [InlineData("f464b24fc39322e44b38aa78f5edd27bd14416960")]
    public void Anything_but_the_exact_lower_hex_is_refused(string? signature) =>
        Assert.False(WeChatSignature.Matches(signature, "AAAAA", "1714036504", "1514711492"));

    [Fact]
    public void The_order_of_the_parts_does_not_matter() =>
        Assert.True(WeChatSignature.Matches(Good, "1514711492", "AAAAA", "1714036504"));

    [Fact]
    public void Another_token_gives_another_signature() =>
        Assert.False(WeChatSignature.Matches(Good, "AAAAB", "1714036504", "1514711492"));
}
