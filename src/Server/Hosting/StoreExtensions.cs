using ZeroWork.Market.LiteDb;
using ZeroWork.Market.Postgres;
using ZeroWork.Market.Storage;

namespace ZeroWork.Server.Hosting;

public static class StoreExtensions
{
    /// <summary>
    /// The store provider named by <c>Storage:Provider</c>: the embedded LiteDB file (default) or a shared PostgreSQL
    /// database. The choice is made while composing, so it is read from configuration here; everything else in
    /// <see cref="StorageOptions"/> is bound and validated at start like any other options.
    /// </summary>
    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        var provider = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"] ?? StorageOptions.LiteDb;
        if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddPostgresStore();
            return builder;
        }

        builder.Services.AddLiteDbStore();
        return builder;
    }
}
