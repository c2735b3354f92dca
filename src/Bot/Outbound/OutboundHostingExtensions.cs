using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ZeroWork.Market.Telemetry;

namespace ZeroWork.Bot.Outbound;

public static class OutboundHostingExtensions
{
    /// <summary>The outbox ledger and dispatcher. Safe to call from every channel: it registers once. Channels add their <see cref="IOutboxSender"/> (and optionally an <see cref="IOutboxReconciler"/>).</summary>
    public static IHostApplicationBuilder AddOutbound(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(OutboxDispatcher)))
        {
            return builder;
        }

        builder.Services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<MarketMetrics>();
        builder.Services.AddSingleton<OutboxLedger>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
