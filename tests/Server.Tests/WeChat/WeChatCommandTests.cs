using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using ZeroWork.Server.Commands;

namespace ZeroWork.Server.Tests.WeChat;

/// <summary>The two WeChat commands end to end: the menu installed through a fake API on loopback, and the hooks bench on a tiny run.</summary>
public sealed class WeChatCommandTests
{
    [Fact]
    public async Task Wechat_menu_installs_the_menu_through_the_api()
    {
        var calls = new ConcurrentQueue<(string Path, string? Token, JsonObject Body)>();
        await using var api = await FakeApiAsync(calls);

        var exit = await new WeChatMenuCommand().RunAsync(
        [
            $"--Bot:WeChat:ApiBaseUrl={api.Urls.First()}",
            "--Bot:WeChat:AppId=wx2c2769f8efd9abc2",
            "--Bot:WeChat:AppSecret=menu-secret",
        ], default);

        Assert.Equal(0, exit);
        Assert.Equal(["/cgi-bin/stable_token", "/cgi-bin/menu/create"], calls.Select(c => c.Path));
        var menu = calls.Last();
        Assert.Equal("MENU-TOKEN", menu.Token);
        Assert.Equal(["找活", "招工", "我的"], menu.Body["button"]!.AsArray().Select(b => (string?)b!["name"]));
    }

    [Fact]
    public async Task Wechat_menu_opens_the_public_job_list_when_the_service_has_a_public_address()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await new WeChatMenuCommand().RunAsync(["--dry-run", "--Matcher:PublicBaseUrl=https://zg.xiangyang.gov.cn/"], default));
            Assert.Equal(0, await new WeChatMenuCommand().RunAsync(["--dry-run"], default));
        }
        finally
        {
            Console.SetOut(original);
        }

        var printed = output.ToString();
        var menus = printed.Split("\n}", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"url\": \"https://zg.xiangyang.gov.cn/jobs\"", menus[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\"", menus[1], StringComparison.Ordinal);
        Assert.Contains("MENU_FIND_WORK", menus[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wechat_menu_without_credentials_says_what_is_missing()
    {
        Assert.Equal(2, await new WeChatMenuCommand().RunAsync(["--Bot:WeChat:AppId=", "--Bot:WeChat:AppSecret="], default));
    }

    [Fact]
    public async Task Bench_hooks_runs_both_modes_without_errors()
    {
        Assert.Equal(0, await new BenchHooksCommand().RunAsync(["--count", "20", "--concurrency", "2"], default));
    }

    private static async Task<WebApplication> FakeApiAsync(ConcurrentQueue<(string, string?, JsonObject)> calls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/cgi-bin/{**path}", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            calls.Enqueue((request.Path.Value!, request.Query["access_token"].FirstOrDefault(), body));
            return request.Path.Value!.EndsWith("stable_token", StringComparison.Ordinal)
                ? Results.Json(new { access_token = "MENU-TOKEN", expires_in = 7200 })
                : Results.Json(new { errcode = 0, errmsg = "ok" });
        });
        await app.StartAsync();
        return app;
    }
}
