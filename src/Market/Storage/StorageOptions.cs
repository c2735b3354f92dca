using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Market.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; its folder is created when missing.</summary>
    [Required]
    public string Path { get; set; } = "data/zerowork.db";

    /// <summary>Folder for scheduled backups; empty turns them off.</summary>
    public string? BackupFolder { get; set; } = "data/backups";

    /// <summary>Minutes between backups (fractions allowed); 0 turns them off.</summary>
    [Range(0, 10_080)]
    public double BackupIntervalMinutes { get; set; } = 360;
}
