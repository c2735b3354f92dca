namespace ZeroWork.Tests.Common.Postgres;

/// <summary>The collection of tests that need the PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
