using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ZeroWork.Bot.WeChat.Replies;

namespace ZeroWork.Bot.WeChat.Api;

/// <summary>The outbound APIs the bot uses. Every call carries the cached access token; when WeChat refuses the token (40001/40014/42001) it is dropped, fetched again and the call retried once — a second refusal is a configuration problem and is returned, not looped on.</summary>
public sealed class WeChatApiClient(WeChatApiTransport transport, AccessTokenProvider tokens, ILogger<WeChatApiClient> logger)
{
    public const string CustomSendPath = "cgi-bin/message/custom/send";
    public const string TemplateSendPath = "cgi-bin/message/template/send";
    public const string MenuCreatePath = "cgi-bin/menu/create";

    public Task<WeChatApiResult> SendCustomTextAsync(string openId, string content, CancellationToken cancellationToken) =>
        CallAsync(CustomSendPath, new JsonObject
        {
            ["touser"] = openId,
            ["msgtype"] = "text",
            ["text"] = new JsonObject { ["content"] = content },
        }, cancellationToken);

    /// <summary>WeChat allows one article per news message (more gives 45008).</summary>
    public Task<WeChatApiResult> SendCustomNewsAsync(string openId, NewsArticle article, CancellationToken cancellationToken)
    {
        var item = new JsonObject
        {
            ["title"] = article.Title,
            ["description"] = article.Description,
            ["url"] = article.Url,
        };
        if (!string.IsNullOrEmpty(article.PicUrl))
        {
            item["picurl"] = article.PicUrl;
        }

        return CallAsync(CustomSendPath, new JsonObject
        {
            ["touser"] = openId,
            ["msgtype"] = "news",
            ["news"] = new JsonObject { ["articles"] = new JsonArray(item) },
        }, cancellationToken);
    }

    public Task<WeChatApiResult> SendTemplateAsync(TemplateSend send, CancellationToken cancellationToken)
    {
        var data = new JsonObject();
        foreach (var (field, value) in send.Data)
        {
            data[field] = new JsonObject { ["value"] = value };
        }

        var body = new JsonObject
        {
            ["touser"] = send.ToUser,
            ["template_id"] = send.TemplateId,
            ["client_msg_id"] = send.ClientMsgId,
            ["data"] = data,
        };
        if (!string.IsNullOrEmpty(send.Url))
        {
            body["url"] = send.Url;
        }

        return CallAsync(TemplateSendPath, body, cancellationToken);
    }

    public Task<WeChatApiResult> CreateMenuAsync(JsonObject menu, CancellationToken cancellationToken) =>
        CallAsync(MenuCreatePath, menu, cancellationToken);

    private async Task<WeChatApiResult> CallAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var result = await CallOnceAsync(path, body, cancellationToken);
        if (result is { Status: WeChatCallStatus.ApiError } refused && WeChatErrorCodes.IsTokenError(refused.ErrCode))
        {
            logger.LogInformation("WeChat {Api} refused the access token (errcode {ErrCode}); refreshing once", path, refused.ErrCode);
            result = await CallOnceAsync(path, body, cancellationToken);
        }

        if (!result.Ok)
        {
            logger.LogWarning("WeChat {Api} failed: {Result}", path, result.Describe());
        }

        return result;
    }

    private async Task<WeChatApiResult> CallOnceAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        if (token.Token is null)
        {
            return token.Result;
        }

        // The body may be sent twice; JsonObject nodes serialise the same each time.
        var result = await transport.PostAsync(path, token.Token, body, cancellationToken);
        if (result.Status == WeChatCallStatus.ApiError && WeChatErrorCodes.IsTokenError(result.ErrCode))
        {
            tokens.Invalidate(token.Token);
        }

        return result;
    }
}
