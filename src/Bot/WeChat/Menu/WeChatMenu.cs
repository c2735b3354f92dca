using System.Text.Json.Nodes;

namespace ZeroWork.Bot.WeChat.Menu;

/// <summary>The account's custom menu: 找活 / 招工 / 我的 → 维权, 政策, 培训, 人工 (the body of <c>/cgi-bin/menu/create</c>).</summary>
public static class WeChatMenu
{
    /// <param name="jobsPageUrl">The public job list (<c>https://host/jobs</c>): 找活 opens it in WeChat's browser; without it 找活 asks the bot.</param>
    public static JsonObject Build(string? jobsPageUrl = null) => new()
    {
        ["button"] = new JsonArray(
            jobsPageUrl is null ? Click("找活", MenuKeys.FindWork) : View("找活", jobsPageUrl),
            Click("招工", MenuKeys.PostJob),
            new JsonObject
            {
                ["name"] = "我的",
                ["sub_button"] = new JsonArray(
                    Click("维权", MenuKeys.Rights),
                    Click("政策", MenuKeys.Policy),
                    Click("培训", MenuKeys.Training),
                    Click("人工", MenuKeys.Human)),
            }),
    };

    private static JsonObject Click(string name, string key) => new()
    {
        ["type"] = "click",
        ["name"] = name,
        ["key"] = key,
    };

    private static JsonObject View(string name, string url) => new()
    {
        ["type"] = "view",
        ["name"] = name,
        ["url"] = url,
    };
}
