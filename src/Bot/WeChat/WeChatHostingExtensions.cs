using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ZeroWork.Bot.WeChat;

public static class WeChatHostingExtensions
{
    /// <summary>Options, the access-token provider, the API client and the outbox sender for WeChat.</summary>
    public static IHostApplicationBuilder AddWeChatChannel(this IHostApplicationBuilder builder) => builder;

    /// <summary><c>GET/POST /hooks/wechat</c>.</summary>
    public static IEndpointRouteBuilder MapWeChatHooks(this IEndpointRouteBuilder app) => app;
}
