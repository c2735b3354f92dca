using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Market.Conversations;

namespace ZeroWork.Bot.Conversations;

public static class ConversationHostingExtensions
{
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PostJobFlow>();
        builder.Services.AddSingleton<RegisterFlow>();
        builder.Services.AddSingleton<SearchReplies>();
        builder.Services.AddSingleton<ConsultationFlow>();
        builder.Services.AddSingleton<TakeUpReplies>();
        builder.Services.AddSingleton<WorkerJobs>();
        builder.Services.AddSingleton<EmployerReplies>();
        builder.Services.AddSingleton<Availability>();
        builder.Services.AddSingleton<DialogueEngine>();
        builder.Services.AddSingleton<IInboundHandler, InboundHandler>();
        return builder;
    }
}
