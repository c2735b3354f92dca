using ZeroWork.Bot.Sms.Options;

namespace ZeroWork.Bot.Tests.Sms;

public sealed class SmsOptionsTests
{
    private static readonly SmsOptionsValidator Validator = new();

    [Fact]
    public void No_credentials_at_all_is_valid_and_means_not_sent()
    {
        var options = new SmsOptions();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.False(options.HasCredentials);
        Assert.Equal("https://sms.tencentcloudapi.com", options.Endpoint);
        Assert.False(options.HooksEnabled);
    }

    [Fact]
    public void A_full_configuration_is_valid()
    {
        var options = new SmsOptions { SecretId = "AKIDx", SecretKey = "k", SdkAppId = "1400006666", SignName = "襄阳零工", CallbackKey = "0123456789abcdef", Templates = { ["JobPush"] = "123456" } };

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("AKIDx", null, "1400006666", "襄阳零工", null, "同时配置")]
    [InlineData("AKIDx", "k", null, "襄阳零工", null, "SdkAppId")]
    [InlineData("AKIDx", "k", "app", "襄阳零工", null, "SdkAppId")]
    [InlineData("AKIDx", "k", "1400006666", "【襄阳零工】", null, "SignName")]
    [InlineData("AKIDx", "k", "1400006666", "襄", null, "SignName")]
    [InlineData(null, null, null, null, "short", "CallbackKey")]
    [InlineData(null, null, null, null, "has/slash-0123456789", "CallbackKey")]
    public void Bad_configurations_are_refused_at_start(string? id, string? key, string? app, string? sign, string? callbackKey, string mentioned)
    {
        var result = Validator.Validate(null, new SmsOptions { SecretId = id, SecretKey = key, SdkAppId = app, SignName = sign, CallbackKey = callbackKey });

        Assert.True(result.Failed);
        Assert.Contains(mentioned, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://sms.tencentcloudapi.com")]
    [InlineData("https://sms.tencentcloudapi.com/v2")]
    [InlineData("not a url")]
    public void A_bad_endpoint_is_refused(string endpoint) =>
        Assert.True(Validator.Validate(null, new SmsOptions { Endpoint = endpoint }).Failed);

    [Fact]
    public void A_template_name_outside_the_catalogue_is_refused()
    {
        var result = Validator.Validate(null, new SmsOptions { Templates = { ["JobPsuh"] = "1" } });

        Assert.True(result.Failed);
        Assert.Contains("JobPsuh", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{1}", true)]
    [InlineData(" {1}{2} ", true)]
    [InlineData("{1}回复您：{2}", false)]
    [InlineData("没有变量", false)]
    public void Whole_variable_templates_are_recognised(string text, bool only) =>
        Assert.Equal(only, SmsStartupReport.IsOnlyVariables(text));
}
