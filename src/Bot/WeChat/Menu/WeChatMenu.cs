using System.Text.Json.Nodes;

namespace ZeroWork.Bot.WeChat.Menu;

/// <summary>The account's custom menu: 找活 / 招工 / 我的 → 维权, 政策, 培训, 人工 (the body of <c>/cgi-bin/menu/create</c>).</summary>
public static class WeChatMenu
{
    public static JsonObject Build() => new()
    {
        ["button"] = new JsonArray(
            Click("找活", MenuKeys.FindWork),
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
}
