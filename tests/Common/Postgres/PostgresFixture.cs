namespace ZeroWork.Tests.Common.Postgres;

/// <summary>xUnit fixture giving a collection the process's cluster; fails (never skips) a test when PostgreSQL is absent.</summary>
public sealed class PostgresFixture
{
    public PostgresCluster Cluster => PostgresCluster.Instance;
}
