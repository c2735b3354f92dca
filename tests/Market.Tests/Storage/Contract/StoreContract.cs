using System.Text.Json;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Tests.Storage.Contract;

/// <summary>The base of every contract class: one harness per test (xUnit makes one instance per test), disposed after it.</summary>
public abstract class StoreContract(IStoreHarness harness) : IDisposable
{
    protected IStoreHarness Harness { get; } = harness;

    protected IMarketStore Db => Harness.Db;

    public void Dispose()
    {
        Harness.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Equal as the JSON of every field, so a lost list item, decimal digit, time zone or nested field shows.</summary>
    protected static void Same<T>(T expected, T? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }
}
