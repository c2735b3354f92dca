namespace ZeroWork.Market.Storage;

/// <summary>What the host needs from the store beyond data: health, figures for <c>zerowork stats</c>, backups.</summary>
public interface IStoreMaintenance
{
    /// <summary>Where the data lives, for logs and <c>stats</c> (a file path, or a server and database without credentials).</summary>
    string Describe { get; }

    /// <summary>True from a write that failed at the disk or the server until a commit succeeds again.</summary>
    bool WritesFailing { get; }

    /// <summary>Units rolled back since the store opened; caches filled inside a unit compare it to know whether what they read may never have committed.</summary>
    long Rollbacks { get; }

    /// <summary>Whether <see cref="Backup"/> makes a copy here; a server database is backed up by its own tools (see docs/scale-out.md).</summary>
    bool CanBackup { get; }

    /// <summary>Writes a consistent copy to <paramref name="destination"/>; returns how long writers were held.</summary>
    TimeSpan Backup(string destination);
}
