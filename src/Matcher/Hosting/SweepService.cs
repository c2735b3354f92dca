using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZeroWork.Matcher.Hosting;

/// <summary>Every <c>SweepSeconds</c>: expire posts whose day has passed, send due second waves, ask yesterday's takers whether they were paid.</summary>
public sealed class SweepService(JobExpiry expiry, SecondWaves secondWaves, TakeUp.PaidChecks paidChecks, TimeProvider time, IOptions<MatcherOptions> options, ILogger<SweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.SweepSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var expired = expiry.ExpireDue();
                var pushed = secondWaves.RunDue();
                paidChecks.AskDue();
                if (expired + pushed > 0)
                {
                    logger.LogInformation("Sweep: {Expired} posts expired, {Pushed} second-wave pushes", expired, pushed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Matcher sweep failed; trying again next round");
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
