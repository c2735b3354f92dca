using ZeroWork.Bot.Sms;

namespace ZeroWork.Bot.Tests.Sms;

public sealed class MainlandMobileTests
{
    [Theory]
    [InlineData("86", "13800138000", "13800138000")]
    [InlineData("+86", "13800138000", "13800138000")]
    [InlineData("", "+8613800138000", "13800138000")]
    [InlineData(null, "008613800138000", "13800138000")]
    [InlineData("86", "8613800138000", "13800138000")]
    [InlineData("86", "138 0013-8000", "13800138000")]
    public void Mainland_forms_normalise_to_eleven_digits(string? nation, string mobile, string expected)
    {
        Assert.True(MainlandMobile.TryNormalise(nation, mobile, out var normalised));
        Assert.Equal(expected, normalised);
        Assert.Equal("+86" + expected, MainlandMobile.ToE164(normalised));
    }

    [Theory]
    [InlineData("852", "91234567")]
    [InlineData("1", "4155550100")]
    [InlineData("", "+85291234567")]
    [InlineData("86", "1380013800")]
    [InlineData("86", "12800138000")]
    [InlineData("86", "0710-1234567")]
    [InlineData("86", "13x00138000")]
    [InlineData("86", "")]
    public void Other_numbers_are_not_mainland_mobiles(string nation, string mobile) =>
        Assert.False(MainlandMobile.TryNormalise(nation, mobile, out _));
}
