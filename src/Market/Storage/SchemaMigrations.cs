using LiteDB;

namespace ZeroWork.Market.Storage;

/// <summary>Schema versions live in LiteDB's <c>UserVersion</c>; each step brings a file from one version to the next so a later release opens an older file.</summary>
internal static class SchemaMigrations
{
    public const int Current = 1;

    private static readonly Action<LiteDatabase>[] Steps =
    [
        // 0 → 1: the first schema; indexes are ensured on every open.
        _ => { },
    ];

    /// <summary>Brings the file to <see cref="Current"/>; a read-only open only refuses a newer file (an older one is read as it is).</summary>
    public static void Upgrade(LiteDatabase db, bool readOnly = false)
    {
        var version = db.UserVersion;
        if (version > Current)
        {
            throw new StoreOpenException($"数据库文件版本 {version} 比本程序支持的版本 {Current} 新，请升级 ZeroWork 后再打开。");
        }

        for (var v = version; v < Current && !readOnly; v++)
        {
            Steps[v](db);
            db.UserVersion = v + 1;
        }
    }
}
