using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Matching;
using ZeroWork.Matcher.Hosting;
using ZeroWork.Matcher.Index;
using ZeroWork.Matcher.Planning;
using ZeroWork.Matcher.Search;
using ZeroWork.Matcher.TakeUp;

namespace ZeroWork.Matcher;

public static class MatcherHostingExtensions
{
    /// <summary>The spatial index, matching, push planning, take-up, search and expiry. Needs Market's store, events and time.</summary>
    public static IHostApplicationBuilder AddMatcher(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MatcherOptions>().BindConfiguration(MatcherOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => new WorkerIndex());
        services.AddSingleton(_ => new OpenJobIndex());
        services.AddSingleton<MarketIndexes>();
        services.AddSingleton<PushPlanner>();
        services.AddSingleton<JobExpiry>();
        services.AddSingleton<SecondWaves>();
        services.AddSingleton<PaidChecks>();
        services.AddSingleton<ITakeUp, TakeUpService>();
        services.AddSingleton<IJobSearch>(sp => new JobSearch(sp.GetRequiredService<OpenJobIndex>(), Gazetteer.Xiangyang));
        services.AddSingleton<MatcherEventPump>();
        services.AddHostedService(sp => sp.GetRequiredService<MatcherEventPump>());
        services.AddHostedService<SweepService>();
        return builder;
    }
}
