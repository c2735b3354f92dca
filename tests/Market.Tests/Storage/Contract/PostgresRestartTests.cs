using ZeroWork.Tests.Common.Postgres;

namespace ZeroWork.Market.Tests.Storage.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRestartTests(PostgresFixture fixture) : RestartContract(new PostgresHarness(fixture));
