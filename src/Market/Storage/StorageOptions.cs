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

    [Range(0, 10_080)]
    public int BackupIntervalMinutes { get; set; } = 360;
}
