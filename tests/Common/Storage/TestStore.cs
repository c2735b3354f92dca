using ZeroWork.Market.Events;
using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Storage;

namespace ZeroWork.Tests.Common.Storage;

/// <summary>The one test store of every test project: a LiteDB file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zw-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "test.db");
        Lite = LiteDbStore.Open(Path, Events, Time);
    }

    public string Folder { get; }

    public string Path { get; }

    public TimeProvider Time { get; }

    public MarketEvents Events { get; } = new();

    /// <summary>The provider itself, for the few tests about LiteDB's own behaviour (backups, locks, the file).</summary>
    public LiteDbStore Lite { get; private set; }

    public IMarketStore Db => Lite;

    /// <summary>Closes and opens the same file again, as a restart would.</summary>
    public IMarketStore Reopen()
    {
        Lite.Dispose();
        Lite = LiteDbStore.Open(Path, Events, Time);
        return Lite;
    }

    public void Dispose()
    {
        Lite.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by a process being torn down; the temp folder is cleaned by the system.
        }
    }
}
