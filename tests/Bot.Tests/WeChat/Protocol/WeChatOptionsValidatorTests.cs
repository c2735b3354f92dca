using ZeroWork.Bot.WeChat.Options;

namespace ZeroWork.Bot.Tests.WeChat.Protocol;

public sealed class WeChatOptionsValidatorTests
{
    private const string Key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    [Fact]
    public void No_credentials_at_all_is_valid() => Assert.True(Validate(new WeChatOptions()).Succeeded);

    [Fact]
    public void A_complete_configuration_is_valid() => Assert.True(Validate(new WeChatOptions
    {
        Token = "spamtest",
        AppId = "wx2c2769f8efd9abc2",
        AppSecret = "secret",
        EncodingAESKey = Key,
        Templates = { ["JobPush"] = "tpl" },
    }).Succeeded);

    [Theory]
    [InlineData("ab", null, null, null)]
    [InlineData("token with spaces", null, null, null)]
    [InlineData("token", "wx123", null, null)]
    [InlineData("token", null, "secret", null)]
    [InlineData("token", "wx2c2769f8efd9abc2", null, "tooshort")]
    [InlineData(null, "wx2c2769f8efd9abc2", null, Key)]
    [InlineData("token", null, null, Key)]
    public void Inconsistent_or_malformed_settings_fail_at_start(string? token, string? appId, string? secret, string? key) =>
        Assert.True(Validate(new WeChatOptions { Token = token, AppId = appId, AppSecret = secret, EncodingAESKey = key }).Failed);

    [Fact]
    public void Encryption_cannot_be_required_without_a_key() =>
        Assert.True(Validate(new WeChatOptions { Token = "token", RequireEncryption = true }).Failed);

    [Fact]
    public void The_api_base_must_be_an_http_url() =>
        Assert.True(Validate(new WeChatOptions { ApiBaseUrl = "ftp://example.com" }).Failed);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(WeChatOptions options) =>
        new WeChatOptionsValidator().Validate(null, options);
}
