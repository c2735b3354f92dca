using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Bot.WeChat.Menu;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Matcher;
using ZeroWork.Matcher.Public;
using ZeroWork.Server.Cli;

namespace ZeroWork.Server.Commands;

/// <summary><c>zerowork wechat menu [--dry-run]</c>: installs the account's menu through <c>/cgi-bin/menu/create</c> with the service's own options and client.</summary>
public sealed class WeChatMenuCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Name => "wechat menu";

    public string Summary => "安装公众号菜单（找活 / 招工 / 我的→维权、政策、培训、人工）；--dry-run 只打印菜单";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // "--dry-run" is our switch, not a setting: left in, configuration would take the next argument as its value.
        var builder = Host.CreateApplicationBuilder([.. args.Where(a => a != "--dry-run")]);
        var menu = WeChatMenu.Build(JobsPageUrl(builder.Configuration));
        if (args.Contains("--dry-run"))
        {
            Console.WriteLine(menu.ToJsonString(Pretty));
            return 0;
        }

        builder.Services.AddWeChatApi();
        using var host = builder.Build();

        WeChatOptions options;
        try
        {
            options = host.Services.GetRequiredService<IOptions<WeChatOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("zerowork: 微信配置有误：" + string.Join("；", ex.Failures));
            return 2;
        }

        if (!options.CanSend)
        {
            await Console.Error.WriteLineAsync("zerowork: 需要 Bot:WeChat:AppId 和 Bot:WeChat:AppSecret（环境变量 Bot__WeChat__AppId / Bot__WeChat__AppSecret）");
            return 2;
        }

        var result = await host.Services.GetRequiredService<WeChatApiClient>().CreateMenuAsync(menu, cancellationToken);
        if (!result.Ok)
        {
            await Console.Error.WriteLineAsync($"zerowork: 菜单安装失败（{result.Describe()}）");
            return 1;
        }

        Console.WriteLine($"菜单已安装：{string.Join(" / ", menu["button"]!.AsArray().Select(b => (string?)b!["name"]))}");
        return 0;
    }

    /// <summary>找活 opens the public job list when the service has a public address; WeChat cannot open a loopback one, so then 找活 stays a chat button.</summary>
    private static string? JobsPageUrl(IConfiguration configuration) =>
        configuration[$"{MatcherOptions.Section}:{nameof(MatcherOptions.PublicBaseUrl)}"] is { Length: > 0 } url
        && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !uri.IsLoopback && uri.Host != "localhost"
            ? url.TrimEnd('/') + PublicPaths.Jobs
            : null;
}
