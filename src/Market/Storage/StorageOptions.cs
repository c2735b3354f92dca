using System.ComponentModel.DataAnnotations;

namespace ZeroWork.Market.Storage;

/// <summary>Where the market's data lives: <c>litedb</c> (the default, one embedded file) or <c>postgres</c> (a server database several nodes can share).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public const string LiteDb = "litedb";

    public const string Postgres = "postgres";

    /// <summary><c>litedb</c> or <c>postgres</c>.</summary>
    [Required]
    public string Provider { get; set; } = LiteDb;

    /// <summary>The LiteDB file; its folder is created when missing.</summary>
    [Required]
    public string Path { get; set; } = "data/zerowork.db";

    /// <summary>For <c>postgres</c>: a standard Npgsql connection string (Host=…;Port=…;Database=…;Username=…;Password=…). Keep the password in the environment (<c>Storage__ConnectionString</c>), never in a file in the repository.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>LiteDB only: where scheduled copies go. A PostgreSQL database is backed up with its own tools.</summary>
    public string? BackupFolder { get; set; } = "data/backups";

    [Range(0, 10_080)]
    public double BackupIntervalMinutes { get; set; } = 360;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.Equals(Provider, LiteDb, StringComparison.OrdinalIgnoreCase) && !IsPostgres)
        {
            yield return new ValidationResult($"Storage:Provider 只能是 {LiteDb} 或 {Postgres}（现在是 “{Provider}”）", [nameof(Provider)]);
        }

        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Storage:Provider 是 postgres 时必须设置 Storage:ConnectionString（Npgsql 格式，例如 Host=127.0.0.1;Port=5432;Database=zerowork;Username=zerowork）", [nameof(ConnectionString)]);
        }
    }
}
