using ZeroWork.Market.Storage;
using Npgsql;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationTests(PostgresFixture fixture)
{
    private static List<string> Applied(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT version FROM schema_migrations ORDER BY version", connection);
        using var reader = command.ExecuteReader();
        var versions = new List<string>();
        while (reader.Read())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    [Fact]
    public void Opening_again_applies_nothing_and_keeps_the_data()
    {
        var connection = fixture.Cluster.CreateDatabase();
        using (var first = PgStoreFactory.Open(connection))
        {
            first.People.Insert(PgRecords.Worker("13800000001"));
        }

        using var second = PgStoreFactory.Open(connection);
        Assert.Equal(["0001_schema"], Applied(connection));
        Assert.Equal(1, second.People.Count());
    }

    [Fact]
    public async Task Nodes_starting_together_migrate_once()
    {
        var connection = fixture.Cluster.CreateDatabase();
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PgStoreFactory.Open(connection))));
        try
        {
            Assert.Equal(["0001_schema"], Applied(connection));
            stores[0].People.Insert(PgRecords.Worker("13800000001"));
            Assert.All(stores, s => Assert.Equal(1, s.People.Count()));
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }
    }

    [Fact]
    public void A_schema_newer_than_this_release_is_refused_in_one_line()
    {
        var connection = fixture.Cluster.CreateDatabase();
        PgStoreFactory.Open(connection).Dispose();
        using (var sql = new NpgsqlConnection(connection))
        {
            sql.Open();
            using var command = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ('9999_future')", sql);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreOpenException>(() => PgStoreFactory.Open(connection));
        Assert.Contains("9999_future", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_unreachable_server_or_a_bad_connection_string_is_one_line_at_open()
    {
        var unreachable = Assert.Throws<StoreOpenException>(() => PgStoreFactory.Open("Host=127.0.0.1;Port=1;Database=zw;Username=zw;Password=secret;Timeout=2"));
        Assert.Contains("127.0.0.1:1/zw", unreachable.Message);
        Assert.DoesNotContain("secret", unreachable.Message);
        Assert.DoesNotContain('\n', unreachable.Message);

        var bad = Assert.Throws<StoreOpenException>(() => PgStoreFactory.Open("Hots=nowhere;;=="));
        Assert.Contains("Storage:ConnectionString", bad.Message);
    }

    [Fact]
    public void Describe_names_server_and_database_without_the_password()
    {
        var connection = fixture.Cluster.CreateDatabase() + ";Password=secret";
        using var db = PgStoreFactory.Open(connection);
        Assert.StartsWith("postgres://127.0.0.1:", db.Describe);
        Assert.DoesNotContain("secret", db.Describe);
        Assert.False(db.CanBackup);
        Assert.False(db.WritesFailing);
    }
}
