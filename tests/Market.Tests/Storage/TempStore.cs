using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.Storage;

/// <summary>A store on a fresh file in the temp folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(TimeProvider? time = null)
    {
        Folder = Directory.CreateTempSubdirectory("zw-market-").FullName;
        Path = System.IO.Path.Combine(Folder, "test.db");
        Db = MarketDb.Open(Path, Events, time ?? TimeProvider.System);
    }

    public string Folder { get; }

    public string Path { get; }

    public MarketEvents Events { get; } = new();

    public MarketDb Db { get; private set; }

    public MarketDb Reopen()
    {
        Db.Dispose();
        Db = MarketDb.Open(Path, Events, TimeProvider.System);
        return Db;
    }

    public void Dispose()
    {
        Db.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
