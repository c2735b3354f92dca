using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ZeroWork.Bot.Outbound;
using ZeroWork.Bot.Sms.Api;
using ZeroWork.Bot.Sms.Delivery;
using ZeroWork.Bot.Sms.Hooks;
using ZeroWork.Bot.Sms.Limits;
using ZeroWork.Bot.Sms.Options;
using ZeroWork.Bot.Sms.Templates;

namespace ZeroWork.Bot.Sms;

public static class SmsHostingExtensions
{
    /// <summary>Options, the TC3 signer, the SendSms client and the outbox sender for SMS.</summary>
    public static IHostApplicationBuilder AddSmsChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        services.AddHostedService<SmsStartupReport>();
        services.AddTransient<Tc3SigningHandler>();
        var http = services.AddHttpClient<TencentSmsClient>((sp, client) =>
        {
            // Polly's per-attempt timeout decides; this only stops a call that somehow outlives it.
            client.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.Timeout * 3;
        });

        // Resilience outside, signing inside: every retry leaves with a fresh timestamp and signature.
        http.AddResilienceHandler(SmsResilience.PipelineName, (pipeline, context) =>
            SmsResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<SmsOptions>>().Value));
        http.AddHttpMessageHandler<Tc3SigningHandler>();
        services.AddSingleton<TencentSmsClientFactory>();
        services.AddSingleton<SmsComposer>();
        services.AddSingleton<SmsNumberLimits>();
        services.AddSingleton<SmsReceipts>();
        services.AddSingleton<IOutboxSender, SmsOutboxSender>();
        services.AddSingleton<IOutboxReconciler, SmsReconciler>();
        builder.AddOutbound();
        return builder;
    }

    /// <summary><c>POST /hooks/sms/{key}/reply</c> and <c>/status</c>.</summary>
    public static IEndpointRouteBuilder MapSmsHooks(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hooks/sms/{key}/reply", SmsCallbackEndpoints.ReplyAsync);
        app.MapPost("/hooks/sms/{key}/status", SmsCallbackEndpoints.StatusAsync);
        return app;
    }
}
