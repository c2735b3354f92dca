using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresUnitOfWorkTests(PostgresFixture fixture) : UnitOfWorkContract(new PostgresHarness(fixture));
