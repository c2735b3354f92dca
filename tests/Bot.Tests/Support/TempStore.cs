using ZeroWork.Market.Events;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Tests.Support;

/// <summary>A store on a fresh file in the temp folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore(TimeProvider time)
    {
        Folder = Directory.CreateTempSubdirectory("zw-bot-").FullName;
        Db = MarketDb.Open(System.IO.Path.Combine(Folder, "test.db"), Events, time);
    }

    public string Folder { get; }

    public MarketEvents Events { get; } = new();

    public MarketDb Db { get; }

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
