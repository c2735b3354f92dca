using LiteDB;

namespace ZeroWork.Market.Storage;

/// <summary>Reads a store file through, read-only: a copy that opens and yields every document of every collection is usable as a backup.</summary>
internal static class StoreVerifier
{
    /// <returns>Documents read.</returns>
    public static long ReadThrough(string path)
    {
        try
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, ReadOnly = true });
            long documents = 0;
            foreach (var name in db.GetCollectionNames())
            {
                foreach (var _ in db.GetCollection(name).FindAll())
                {
                    documents++;
                }
            }

            return documents;
        }
        catch (Exception ex) when (StoreErrors.OnOpen(path, ex) is { } refused)
        {
            throw refused;
        }
    }
}
