using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryTests(PostgresFixture fixture) : QueryContract(new PostgresHarness(fixture));
