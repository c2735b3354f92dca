using ZeroWork.Server.Tests.Reliability;

namespace ZeroWork.Server.Tests.Commands;

/// <summary>The real program started with a bad setting: one line naming the key and its rule, exit code 2, no stack trace, and the value never echoed.</summary>
public sealed class ServeConfigurationTests
{
    private const string SmsCredentials = "--Bot:Sms:SecretId=AKIDCONFIGTEST000000000000000000000|--Bot:Sms:SecretKey=CONFIGSECRET0000000000000000000|--Bot:Sms:SdkAppId=1400006666|--Bot:Sms:SignName=襄阳零工";

    [Theory]
    [InlineData("--Bot:WeChat:AppId=wx12345", "Bot:WeChat:AppId", "16 hex")]
    [InlineData("--Bot:Sms:CallbackKey=short-key", "Bot:Sms:CallbackKey", "16")]
    [InlineData("--Bot:Sms:Timeout=soon", "Bot:Sms:Timeout", "TimeSpan")]
    [InlineData("--Bot:Outbound:InDoubtWindow=2.00:00:00", "Bot:Outbound:InDoubtWindow", "between")]
    [InlineData(SmsCredentials, "Matcher:PublicBaseUrl", "localhost")]
    [InlineData(SmsCredentials + "|--Matcher:PublicBaseUrl=http://127.0.0.1:5080", "Matcher:PublicBaseUrl", "公网")]
    public async Task A_malformed_setting_gives_one_line_naming_the_key_and_rule_and_exit_code_2(string settings, string key, string rule)
    {
        var folder = Directory.CreateTempSubdirectory("zw-config-").FullName;
        var args = settings.Split('|');

        var (exit, _, error) = await ServiceProcess.RunAsync(["serve", "--urls", "http://127.0.0.1:0", $"--Storage:Path={Path.Combine(folder, "z.db")}", "--Seed:Demo=false", .. args]);

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.Contains(rule, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIGSECRET", error, StringComparison.Ordinal);
        Assert.DoesNotContain("soon", error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
