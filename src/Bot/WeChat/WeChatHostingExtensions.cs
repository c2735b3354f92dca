using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.WeChat.Api;
using ZeroWork.Bot.WeChat.Hooks;
using ZeroWork.Bot.WeChat.Outbound;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Bot.WeChat;

public static class WeChatHostingExtensions
{
    /// <summary>Options, the access-token provider, the API client and the outbox senders for WeChat.</summary>
    public static IHostApplicationBuilder AddWeChatChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddWeChatApi();
        services.AddSingleton<WeChatKeyring>();
        services.AddSingleton<WeChatRequestAuthenticator>();
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<WeChatHookEndpoints>();
        services.AddSingleton<IOutboxSender, WeChatCustomSender>();
        services.AddSingleton<IOutboxSender, WeChatTemplateSender>();
        services.AddSingleton<IOutboxReconciler>(sp => new WeChatInDoubtReconciler(OutboxChannel.WeChatCustom, sp.GetRequiredService<OutboxLedger>()));
        services.AddSingleton<IOutboxReconciler>(sp => new WeChatInDoubtReconciler(OutboxChannel.WeChatTemplate, sp.GetRequiredService<OutboxLedger>()));
        return builder;
    }

    /// <summary><c>GET/POST /hooks/wechat</c>. WeChat authenticates by signature, not by any sign-in, so the hooks stay open to anonymous callers.</summary>
    public static IEndpointRouteBuilder MapWeChatHooks(this IEndpointRouteBuilder app)
    {
        var hooks = app.MapGroup(WeChatHookEndpoints.Path).AllowAnonymous().DisableAntiforgery();
        hooks.MapGet("", (HttpRequest request, WeChatHookEndpoints endpoints) => endpoints.Verify(request));
        hooks.MapPost("", (HttpRequest request, WeChatHookEndpoints endpoints, CancellationToken cancellationToken) => endpoints.ReceiveAsync(request, cancellationToken));
        return app;
    }
}
