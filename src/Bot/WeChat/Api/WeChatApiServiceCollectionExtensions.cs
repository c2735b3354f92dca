using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.WeChat.Options;

namespace ZeroWork.Bot.WeChat.Api;

public static class WeChatApiServiceCollectionExtensions
{
    /// <summary><c>Bot:WeChat</c> options, validated at start.</summary>
    public static IServiceCollection AddWeChatOptions(this IServiceCollection services)
    {
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>());
        return services;
    }

    /// <summary>The resilient HttpClient, the access-token provider and the API client (used by the outbox senders and <c>zerowork wechat menu</c>).</summary>
    public static IServiceCollection AddWeChatApi(this IServiceCollection services)
    {
        services.AddWeChatOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(WeChatApiTransport.ClientName, (sp, client) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl;
                client.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");

                // Polly's timeouts govern; the client's own 100 s default must not cut them short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers()
            .AddResilienceHandler("wechat", (pipeline, context) =>
                WeChatHttpResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<WeChatOptions>>().Value));
        services.TryAddSingleton<WeChatApiTransport>();
        services.TryAddSingleton<AccessTokenProvider>();
        services.TryAddSingleton<WeChatApiClient>();
        return services;
    }
}
