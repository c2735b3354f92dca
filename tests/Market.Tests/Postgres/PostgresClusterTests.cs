using Npgsql;
using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Each_database_is_fresh_and_has_postgis()
    {
        var first = fixture.Cluster.CreateDatabase();
        var second = fixture.Cluster.CreateDatabase();
        Assert.NotEqual(first, second);

        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT round(ST_Distance('SRID=4326;POINT(112.14 32.04)'::geography, 'SRID=4326;POINT(112.15 32.04)'::geography))", connection);
        var metres = Convert.ToDouble(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(metres, 940, 950);
    }
}
