using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Options;
using ZeroWork.Market.Conversations;

namespace ZeroWork.Bot.WeChat.Hooks;

/// <summary><c>GET /hooks/wechat</c> (URL check) and <c>POST /hooks/wechat</c> (messages and events).</summary>
public sealed class WeChatHookEndpoints(
    IOptions<WeChatOptions> options,
    WeChatRequestAuthenticator authenticator,
    IInboundHandler handler,
    ReplyComposer composer,
    ILogger<WeChatHookEndpoints> logger)
{
    public const string Path = "/hooks/wechat";

    /// <summary>Plain in every mode for official accounts: echo <c>echostr</c> byte for byte once the signature holds (the encrypted echostr is WeCom's variant).</summary>
    public IResult Verify(HttpRequest request)
    {
        if (!options.Value.HooksEnabled)
        {
            return Results.NotFound();
        }

        var query = HookQuery.From(request);
        if (authenticator.CheckQuery(query) is { } refused)
        {
            return Refuse(refused);
        }

        return query.EchoStr is null
            ? Refuse(HookRejection.BadRequest("echostr missing"))
            : Results.Text(query.EchoStr, "text/plain; charset=utf-8");
    }

    public async Task<IResult> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.HooksEnabled)
        {
            return Results.NotFound();
        }

        var query = HookQuery.From(request);
        if (authenticator.CheckQuery(query) is { } refused)
        {
            return Refuse(refused);
        }

        var (body, tooBig) = await BoundedBody.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return Refuse(tooBig!);
        }

        var (message, rejection) = authenticator.Authenticate(query, body);
        if (message is null)
        {
            return Refuse(rejection!);
        }

        var envelope = EnvelopeMapper.ToEnvelope(message.Message);
        var result = await handler.HandleAsync(envelope);
        if (result.Duplicate)
        {
            logger.LogDebug("WeChat retry {DedupeKey} answered again", envelope.DedupeKey);
        }

        var (reply, contentType) = composer.Compose(message, envelope.DedupeKey, result);
        return Results.Text(reply, contentType);
    }

    private IResult Refuse(HookRejection rejection)
    {
        logger.LogInformation("WeChat hook refused ({Status}): {Reason}", rejection.Status, rejection.Reason);
        return Results.Text(rejection.Reason, "text/plain; charset=utf-8", statusCode: rejection.Status);
    }
}
