using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ZeroWork.Market.LiteDb;

/// <summary>Copies the database on a schedule while the service runs (see <see cref="LiteDbStore.Backup(string)"/>), keeping the newest few copies. A copy cut off by a crash keeps its <c>.partial</c> name and is removed at the next round.</summary>
public sealed class BackupService(LiteDbStore db, IOptions<StorageOptions> options, TimeProvider time, ILogger<BackupService> logger) : BackgroundService
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
                foreach (var partial in Directory.Exists(o.BackupFolder) ? Directory.GetFiles(o.BackupFolder, "*" + LiteDbStore.PartialSuffix) : [])
                {
                    File.Delete(partial);
                }

                var file = Path.Combine(o.BackupFolder, $"zerowork-{time.GetUtcNow():yyyyMMdd-HHmmss}.db");
                var started = time.GetTimestamp();
                var held = db.Backup(file);
                logger.LogInformation("Backup written to {File} in {Seconds:F1} s; writers held {HeldMs:F0} ms", file, time.GetElapsedTime(started).TotalSeconds, held.TotalMilliseconds);
                foreach (var old in Directory.GetFiles(o.BackupFolder, "zerowork-*.db").OrderDescending(StringComparer.Ordinal).Skip(Keep))
                {
                    File.Delete(old);
                }
            }
            catch (Exception ex) when (ex is IOException or StoreOpenException or StoreUnavailableException or UnauthorizedAccessException)
            {
                logger.LogError("Backup failed: {Reason}", ex.Message);
            }
        }
    }
}
