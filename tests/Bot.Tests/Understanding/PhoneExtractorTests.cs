using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Tests.Understanding;

public sealed class PhoneExtractorTests
{
    [Theory]
    [InlineData("电话139 1234 5678", "13912345678")]
    [InlineData("联系150-7102-3390胡工", "15071023390")]
    [InlineData("1350 710 2288", "13507102288")]
    [InlineData("座机0710-3609987", "07103609987")]
    [InlineData("电话一八九七一零二六六一八", "18971026618")]
    [InlineData("手机幺三八七二一零九四六七", "13872109467")]
    [InlineData("一天180 13912345678", "13912345678")]
    [InlineData("180 139 1234 5678", "13912345678")]
    public void Finds_the_number(string text, string phone) => Assert.Equal(phone, PhoneExtractor.Extract(Normalizer.Normalize(text).Numeric));

    [Theory]
    [InlineData("一天180 要5个人 2026年")]
    [InlineData("订单号12345678901234")]
    [InlineData("一件0.5元")]
    [InlineData("")]
    public void Ignores_other_numbers(string text) => Assert.Null(PhoneExtractor.Extract(Normalizer.Normalize(text).Numeric));
}
