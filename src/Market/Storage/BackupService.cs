using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZeroWork.Market.Storage;

/// <summary>Copies the database on a schedule while the service runs (see <see cref="MarketDb.Backup"/>), keeping the newest few copies.</summary>
public sealed class BackupService(MarketDb db, IOptions<StorageOptions> options, TimeProvider time, ILogger<BackupService> logger) : BackgroundService
{
    public const int Keep = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.BackupFolder) || o.BackupIntervalMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(o.BackupIntervalMinutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var file = Path.Combine(o.BackupFolder, $"zerowork-{time.GetUtcNow():yyyyMMdd-HHmmss}.db");
                db.Backup(file);
                logger.LogInformation("Backup written to {File}", file);
                foreach (var old in Directory.GetFiles(o.BackupFolder, "zerowork-*.db").OrderDescending(StringComparer.Ordinal).Skip(Keep))
                {
                    File.Delete(old);
                }
            }
            catch (IOException ex)
            {
                logger.LogError(ex, "Backup failed");
            }
        }
    }
}
