using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Bot.Conversations;
using ZeroWork.Bot.Sms;
using ZeroWork.Bot.Understanding;
using ZeroWork.Bot.WeChat;
using ZeroWork.Market.Matching;

namespace ZeroWork.Bot;

public static class BotHostingExtensions
{
    /// <summary>Understanding, conversations, and the WeChat and SMS channels with their outbox senders.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IMessageReader, MessageReader>();
        builder.Services.AddSingleton<ISkillWords, ReaderSkillWords>();
        builder.AddConversations();
        builder.AddWeChatChannel();
        builder.AddSmsChannel();
        return builder;
    }

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder app)
    {
        app.MapWeChatHooks();
        app.MapSmsHooks();
        return app;
    }
}
